//! Typed links and email addresses: classifying any text never panics; every web
//! address built from valid parts is a web link, and every other scheme is not.
#![allow(clippy::unwrap_used)]

use pitchkit::model::{Link, classify_email, classify_link, email_problem, web_link_problem};
use proptest::prelude::*;

fn label() -> impl Strategy<Value = String> {
    "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?"
}

fn domain() -> impl Strategy<Value = String> {
    (prop::collection::vec(label(), 1..4), "[a-z]{2,6}")
        .prop_map(|(labels, ending)| format!("{}.{ending}", labels.join(".")))
}

proptest! {
    #[test]
    fn any_text_is_classified_without_panicking(text in "\\PC*|.*") {
        let link = classify_link(&text);
        let email = classify_email(&text);
        let _ = (web_link_problem(&text), email_problem(&text));
        if let Link::Web(url) = &link {
            prop_assert!(url.starts_with("https://") || url.starts_with("http://"), "{url}");
            prop_assert!(!url.chars().any(|c| c.is_whitespace() || c.is_control()), "{url}");
        }
        if let Link::Email(address) = &email {
            prop_assert!(address.contains('@'));
        }
    }

    #[test]
    fn web_addresses_from_valid_parts_are_links(
        secure in any::<bool>(),
        bare in any::<bool>(),
        host in domain(),
        path in "(/[a-zA-Z0-9_.~-]{0,8}){0,3}",
    ) {
        let scheme = if secure { "https" } else { "http" };
        let typed = if bare { format!("{host}{path}") } else { format!("{scheme}://{host}{path}") };
        let expected = if bare { format!("https://{host}{path}") } else { typed.clone() };
        prop_assert_eq!(classify_link(&typed), Link::Web(expected));
        prop_assert_eq!(web_link_problem(&typed), None);
    }

    #[test]
    fn other_schemes_are_never_links(
        scheme in "[a-zA-Z][a-zA-Z0-9+-]{0,10}",
        rest in "[ -~]{0,30}",
    ) {
        let lower = scheme.to_ascii_lowercase();
        prop_assume!(!matches!(lower.as_str(), "http" | "https" | "mailto"));
        let link = classify_link(&format!("{scheme}:{rest}"));
        prop_assert!(matches!(link, Link::NotALink(_)), "{link:?}");
        prop_assert_eq!(link.target(), None);
    }

    #[test]
    fn addresses_from_valid_parts_are_emails(local in "[a-z0-9_+-]{1,12}", host in domain()) {
        let typed = format!("{local}@{host}");
        prop_assert_eq!(classify_email(&typed), Link::Email(typed.clone()));
        prop_assert_eq!(email_problem(&typed), None);
    }
}

#[test]
fn each_unsafe_scheme_is_refused_with_its_name() {
    for text in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "ftp://example.com/x",
    ] {
        let scheme = text.split(':').next().unwrap();
        let problem = web_link_problem(text).unwrap();
        assert!(
            problem.contains(&format!("it starts with “{scheme}:”")),
            "{problem}"
        );
        assert_eq!(classify_link(text).target(), None);
    }
}
