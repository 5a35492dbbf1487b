//! Typed links and email addresses: normalised, refused with the reason, as sentences.

use pitchkit::model::{Link, classify_email, classify_link, email_problem, web_link_problem};

fn not_a_link(text: &str) -> String {
    match classify_link(text) {
        Link::NotALink(reason) => reason,
        other => panic!("{text:?} was taken for {other:?}"),
    }
}

#[test]
fn web_addresses_are_normalised() {
    assert_eq!(
        classify_link(" orbitandoat.com/kit "),
        Link::Web("https://orbitandoat.com/kit".to_owned())
    );
    assert_eq!(
        classify_link("HTTPS://Orbitandoat.COM/Kit?a=1#b"),
        Link::Web("https://orbitandoat.com/Kit?a=1#b".to_owned())
    );
    assert_eq!(
        classify_link("http://www.example.co.uk"),
        Link::Web("http://www.example.co.uk".to_owned())
    );
    assert_eq!(
        classify_link("example.com:8080/x"),
        Link::Web("https://example.com:8080/x".to_owned())
    );
    assert_eq!(
        classify_link("//example.com"),
        Link::Web("https://example.com".to_owned())
    );
    assert_eq!(
        classify_link("https://café.fr/menu"),
        Link::Web("https://café.fr/menu".to_owned())
    );
    assert_eq!(classify_link("   "), Link::Empty);
}

#[test]
fn other_schemes_are_not_links() {
    for (text, scheme) in [
        ("javascript:alert(1)", "javascript"),
        ("JavaScript:alert(1)", "javascript"),
        ("file:///etc/passwd", "file"),
        ("data:text/html,<script>alert(1)</script>", "data"),
        ("vbscript:msgbox(1)", "vbscript"),
        ("ftp://example.com/file", "ftp"),
        ("tel:+441234", "tel"),
        ("intent://x#Intent;end", "intent"),
    ] {
        assert_eq!(
            not_a_link(text),
            format!(
                "it starts with “{scheme}:”, and only http:// and https:// addresses are links"
            ),
            "{text}"
        );
    }
}

#[test]
fn malformed_web_addresses_say_why() {
    assert_eq!(not_a_link("my site.com"), "it has a space in it");
    assert_eq!(
        not_a_link("data:text/html,<b>hi there</b>"),
        "it starts with “data:”, and only http:// and https:// addresses are links"
    );
    assert_eq!(
        not_a_link("a.com/\u{7}"),
        "it has a control character in it"
    );
    assert_eq!(
        not_a_link("localhost"),
        "“localhost” has no dot, so it is not a domain such as example.com"
    );
    assert_eq!(not_a_link("https://"), "it has no domain after “https://”");
    assert_eq!(
        not_a_link("https:example.com"),
        "it has no “//” after “https:”"
    );
    assert_eq!(
        not_a_link("https://evil.com@bank.com"),
        "it has a name and “@” before the domain, which hides where it really goes"
    );
    assert_eq!(
        not_a_link("https://a..com"),
        "the domain “a..com” has two dots in a row"
    );
    assert_eq!(
        not_a_link("https://exa_mple.com"),
        "the domain “exa_mple.com” has a character a domain name cannot have"
    );
    assert_eq!(
        not_a_link("https://192.168.0.1/admin"),
        "the domain “192.168.0.1” does not end in a name such as .com or .co.uk"
    );
    assert_eq!(
        not_a_link("example.com:99999"),
        "the port “99999” is not a number from 1 to 65535"
    );
}

#[test]
fn email_addresses() {
    assert_eq!(
        classify_email(" maya@Orbitandoat.com "),
        Link::Email("maya@orbitandoat.com".to_owned())
    );
    assert_eq!(
        classify_email("MAILTO:maya@example.com"),
        Link::Email("maya@example.com".to_owned())
    );
    assert_eq!(
        classify_link("mailto:maya@example.com"),
        Link::Email("maya@example.com".to_owned())
    );
    assert_eq!(
        classify_link("maya@example.com"),
        Link::Email("maya@example.com".to_owned())
    );
    assert_eq!(classify_email(""), Link::Empty);
    let reason = |text: &str| classify_email(text).problem().map(str::to_owned);
    assert_eq!(
        reason("maya.example.com").as_deref(),
        Some("it has no “@”, as in name@example.com")
    );
    assert_eq!(
        reason("maya@example").as_deref(),
        Some("“example” has no dot, so it is not a domain such as example.com")
    );
    assert_eq!(
        reason("a@b@c.com").as_deref(),
        Some("it has more than one “@”")
    );
    assert_eq!(
        reason("@example.com").as_deref(),
        Some("it has no name before the “@”")
    );
    assert_eq!(
        reason("javascript:alert(1)").as_deref(),
        Some("it has no “@”, as in name@example.com")
    );
    assert_eq!(
        reason("a<b>@example.com").as_deref(),
        Some("the name before the “@” has a “<” in it")
    );
    assert_eq!(
        reason("mailto:").as_deref(),
        Some("it has no address after “mailto:”")
    );
}

#[test]
fn problems_as_sentences() {
    assert_eq!(
        web_link_problem("javascript:alert(1)").as_deref(),
        Some(
            "“javascript:alert(1)” is not a web address: it starts with “javascript:”, and \
             only http:// and https:// addresses are links. Type one such as \
             https://example.com; the kit prints this one as plain text, not as a link."
        )
    );
    assert_eq!(
        web_link_problem("maya@example.com").as_deref(),
        Some(
            "“maya@example.com” is an email address, not a web page. Type a web address \
             such as https://example.com here; the kit prints this one as plain text."
        )
    );
    assert_eq!(web_link_problem("example.com"), None);
    assert_eq!(web_link_problem(""), None);
    assert_eq!(
        email_problem("maya").as_deref(),
        Some(
            "“maya” is not an email address: it has no “@”, as in name@example.com. Type \
             one such as name@example.com; the kit prints this one as plain text, not as a \
             link."
        )
    );
    assert_eq!(email_problem("maya@example.com"), None);
    let long = format!("data:{}", "a".repeat(100));
    let sentence = web_link_problem(&long).unwrap_or_default();
    assert!(
        sentence.starts_with(&format!("“data:{}…”", "a".repeat(55))),
        "{sentence}"
    );
}

#[test]
fn targets() {
    assert_eq!(
        classify_link("example.com").target().as_deref(),
        Some("https://example.com")
    );
    assert_eq!(
        classify_email("a@example.com").target().as_deref(),
        Some("mailto:a@example.com")
    );
    assert_eq!(classify_link("javascript:alert(1)").target(), None);
    assert_eq!(classify_link("").target(), None);
}
