//! Checks a parsed project for values the types allow but a kit must not show:
//! shares over 100 %, dates in the future, missing names, unsafe media file names.

use crate::format;
use crate::model::{
    Audience, MediaRef, Percent, PlatformKind, Project, Provenance, Share, classify_email,
    email_problem, web_link_problem,
};
use std::fmt;
use time::Date;

/// A share group (ages, genders…) may add up to a little over 100 % from rounding.
const GROUP_SUM_LIMIT_BP: u32 = 10_050;

/// One problem found in a project: where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationIssue {
    /// The field's path in the project, e.g. `"platforms[0].posts[3].date"`.
    pub path: String,
    /// A plain sentence naming the item and the way out.
    pub message: String,
}

impl fmt::Display for ValidationIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every problem in `project`, in file order; empty when the project is fine.
/// `today` is the creator's local date (dates after it are mistakes).
pub fn validate(project: &Project, today: Date) -> Vec<ValidationIssue> {
    let mut check = Checker {
        today,
        issues: Vec::new(),
    };
    check.creator(project);
    for (i, platform) in project.platforms.iter().enumerate() {
        check.platform(i, platform);
    }
    for (i, audience) in project.audiences.iter().enumerate() {
        check.audience(i, audience);
    }
    for (i, sample) in project.samples.iter().enumerate() {
        let name = format!("Aesthetic photo {}", i + 1);
        check.media(&format!("samples[{i}].media.file"), &name, &sample.media);
        check.link(
            &format!("samples[{i}].link"),
            &format!("{name}: the link"),
            &sample.link,
        );
        if let Some(kind) = &sample.platform {
            check.other_name(
                &format!("samples[{i}].platform"),
                &format!("{name} is from"),
                kind,
            );
        }
    }
    for (i, collab) in project.collaborations.iter().enumerate() {
        check.collaboration(i, collab);
    }
    check.rates(project);
    check.tiers(project);
    for (i, pitch) in project.pitches.iter().enumerate() {
        check.pitch(i, pitch);
    }
    check.issues
}

struct Checker {
    today: Date,
    issues: Vec<ValidationIssue>,
}

impl Checker {
    fn push(&mut self, path: String, message: String) {
        self.issues.push(ValidationIssue { path, message });
    }

    fn creator(&mut self, project: &Project) {
        let creator = &project.creator;
        if creator.display_name.trim().is_empty() {
            self.push(
                "creator.display_name".to_owned(),
                "The creator's display name is empty. Type the name to show on the kit's cover."
                    .to_owned(),
            );
        }
        self.email("creator.email", "The contact email", &creator.email);
        self.link("creator.website", "The website", &creator.website);
        if let Some(photo) = &creator.profile_photo {
            self.media("creator.profile_photo.file", "The profile photo", photo);
        }
    }

    fn platform(&mut self, i: usize, platform: &crate::model::Platform) {
        let at = format!("platforms[{i}]");
        let name = match &platform.kind {
            PlatformKind::Other(n) if n.trim().is_empty() => format!("Platform {}", i + 1),
            kind => kind.label().to_owned(),
        };
        self.other_name(
            &format!("{at}.kind"),
            &format!("Platform {} is", i + 1),
            &platform.kind,
        );
        self.link(
            &format!("{at}.profile_url"),
            &format!("{name}: the profile link"),
            &platform.profile_url,
        );
        let word = platform.kind.audience_word().trim_end_matches('s');
        let what = format!("{name}: the {word} count is");
        let prov = &platform.followers_provenance;
        self.as_of(&format!("{at}.followers_provenance.as_of"), &what, prov);
        for (k, snapshot) in platform.snapshots.iter().enumerate() {
            let what = format!("{name}: {word} snapshot {}", k + 1);
            self.date(&format!("{at}.snapshots[{k}].date"), &what, snapshot.date);
        }
        for (k, post) in platform.posts.iter().enumerate() {
            let what = match post.title.trim() {
                "" => format!("{name} post {}", k + 1),
                title => format!("{name} post “{title}”"),
            };
            self.date(&format!("{at}.posts[{k}].date"), &what, post.date);
            self.link(
                &format!("{at}.posts[{k}].link"),
                &format!("{what}: the link"),
                &post.link,
            );
        }
        let what = format!("{name}: the post figures are");
        self.as_of(
            &format!("{at}.posts_provenance.as_of"),
            &what,
            &platform.posts_provenance,
        );
    }

    fn audience(&mut self, i: usize, audience: &Audience) {
        let at = format!("audiences[{i}]");
        let name = match &audience.platform {
            None => "Audience (overall)".to_owned(),
            Some(PlatformKind::Other(n)) if n.trim().is_empty() => format!("Audience {}", i + 1),
            Some(kind) => format!("Audience ({})", kind.label()),
        };
        if let Some(kind) = &audience.platform {
            self.other_name(
                &format!("{at}.platform"),
                &format!("Audience {} is for", i + 1),
                kind,
            );
        }
        let groups: [(&str, &str, &[Share]); 4] = [
            ("ages", "age", &audience.ages),
            ("genders", "gender", &audience.genders),
            ("countries", "country", &audience.countries),
            ("cities", "city", &audience.cities),
        ];
        for (field, word, shares) in groups {
            for (k, share) in shares.iter().enumerate() {
                if share.percent.0 > 10_000 {
                    self.push(
                        format!("{at}.{field}[{k}].percent"),
                        format!(
                            "{name}: the {word} share “{}” is {}, more than 100%. Lower it.",
                            share.label,
                            percent_text(share.percent.0)
                        ),
                    );
                }
            }
            let total_bp: u32 = shares
                .iter()
                .map(|s| s.percent.0)
                .fold(0, u32::saturating_add);
            if total_bp > GROUP_SUM_LIMIT_BP {
                self.push(
                    format!("{at}.{field}"),
                    format!(
                        "{name}: {word} shares add up to {}, more than 100%. Lower one of them.",
                        percent_text(total_bp)
                    ),
                );
            }
        }
        let what = format!("{name}: the figures are");
        self.as_of(
            &format!("{at}.provenance.as_of"),
            &what,
            &audience.provenance,
        );
    }

    fn collaboration(&mut self, i: usize, collab: &crate::model::Collaboration) {
        let at = format!("collaborations[{i}]");
        let name = match collab.brand.trim() {
            "" => {
                self.push(
                    format!("{at}.brand"),
                    format!(
                        "Collaboration {} has no brand name. Type the brand's name, or remove \
                         the collaboration.",
                        i + 1
                    ),
                );
                format!("Collaboration {}", i + 1)
            }
            brand => format!("The collaboration with {brand}"),
        };
        self.date(&format!("{at}.date"), &name, collab.date);
        self.link(
            &format!("{at}.link"),
            &format!("{name}: the link"),
            &collab.link,
        );
        for (k, kind) in collab.platforms.iter().enumerate() {
            self.other_name(
                &format!("{at}.platforms[{k}]"),
                &format!("{name} lists"),
                kind,
            );
        }
        let what = format!("{name}: the results are");
        self.as_of(&format!("{at}.provenance.as_of"), &what, &collab.provenance);
    }

    fn rates(&mut self, project: &Project) {
        for (i, package) in project.rate_card.packages.iter().enumerate() {
            let at = format!("rate_card.packages[{i}]");
            let name = match package.name.trim() {
                "" => {
                    self.push(
                        format!("{at}.name"),
                        format!(
                            "Rate package {} has no name. Type one, e.g. “Launch bundle”.",
                            i + 1
                        ),
                    );
                    format!("Rate package {}", i + 1)
                }
                named => format!("Rate package “{named}”"),
            };
            if let Some(max_minor) = package.price_max_minor
                && max_minor < package.price.amount_minor
            {
                self.push(
                    format!("{at}.price_max_minor"),
                    format!(
                        "{name}: the top of its price range ({}) is below its starting price \
                         ({}). Correct one of them.",
                        format::money(&crate::model::Money {
                            amount_minor: max_minor,
                            currency: package.price.currency.clone(),
                        }),
                        format::money(&package.price)
                    ),
                );
            }
        }
    }

    fn tiers(&mut self, project: &Project) {
        let t = project.analytics.tiers;
        if !(t.nano_min < t.micro_min && t.micro_min < t.macro_min && t.macro_min < t.mega_min) {
            self.push(
                "analytics.tiers".to_owned(),
                format!(
                    "The follower tiers must rise from nano to mega, but they start at {} \
                     (nano), {} (micro), {} (macro) and {} (mega). Correct the tier \
                     boundaries.",
                    format::grouped(t.nano_min),
                    format::grouped(t.micro_min),
                    format::grouped(t.macro_min),
                    format::grouped(t.mega_min)
                ),
            );
        }
    }

    fn pitch(&mut self, i: usize, pitch: &crate::model::Pitch) {
        let at = format!("pitches[{i}]");
        let name = match pitch.brand.trim() {
            "" => {
                self.push(
                    format!("{at}.brand"),
                    format!(
                        "Pitch {} has no brand name. Type the brand's name, or remove the pitch.",
                        i + 1
                    ),
                );
                format!("Pitch {}", i + 1)
            }
            brand => format!("The pitch to {brand}"),
        };
        if let Some(reason) = classify_email(&pitch.contact_email).problem() {
            self.push(
                format!("{at}.contact_email"),
                format!(
                    "{name}: the contact email “{}” is not an email address: {reason}. Type \
                     one such as name@example.com, so that the email draft can go to it.",
                    pitch.contact_email.trim()
                ),
            );
        }
        if let Some(sent) = pitch.sent_on
            && sent > self.today
        {
            self.push(
                format!("{at}.sent_on"),
                format!(
                    "{name} is marked sent on {}, after today ({}). Correct the date.",
                    format::date(sent),
                    format::date(self.today)
                ),
            );
        }
    }

    /// `what` names the field, e.g. "The website" or "Instagram: the profile link".
    fn link(&mut self, path: &str, what: &str, text: &str) {
        if let Some(problem) = web_link_problem(text) {
            self.push(path.to_owned(), format!("{what} {problem}"));
        }
    }

    /// `what` names the field, e.g. "The contact email".
    fn email(&mut self, path: &str, what: &str, text: &str) {
        if let Some(problem) = email_problem(text) {
            self.push(path.to_owned(), format!("{what} {problem}"));
        }
    }

    /// `what` is a sentence subject, e.g. "Instagram post “Brew”".
    fn date(&mut self, path: &str, what: &str, date: Date) {
        if date > self.today {
            self.push(
                path.to_owned(),
                format!(
                    "{what} is dated {}, after today ({}). Correct the date.",
                    format::date(date),
                    format::date(self.today)
                ),
            );
        }
    }

    /// `what` is a sentence subject with its verb, e.g. "Instagram: the post figures are".
    fn as_of(&mut self, path: &str, what: &str, provenance: &Provenance) {
        if provenance.as_of > self.today {
            self.push(
                path.to_owned(),
                format!(
                    "{what} marked as of {}, after today ({}). Correct the date.",
                    format::date(provenance.as_of),
                    format::date(self.today)
                ),
            );
        }
    }

    /// `what` ends in a verb, e.g. "Platform 2 is" or "The collaboration with Bean lists".
    fn other_name(&mut self, path: &str, what: &str, kind: &PlatformKind) {
        if let PlatformKind::Other(name) = kind
            && name.trim().is_empty()
        {
            self.push(
                path.to_owned(),
                format!("{what} an “Other” platform without a name. Type the platform's name."),
            );
        }
    }

    fn media(&mut self, path: &str, what: &str, media: &MediaRef) {
        self.media_file(path, what, &media.file, false);
        if !media.thumb_file.is_empty() {
            let thumb_path = path.replace(".file", ".thumb_file");
            self.media_file(
                &thumb_path,
                &format!("{what}’s thumbnail"),
                &media.thumb_file,
                true,
            );
        }
    }

    fn media_file(&mut self, path: &str, what: &str, file: &str, may_be_empty: bool) {
        let problem = if file.is_empty() && !may_be_empty {
            Some("has no file name".to_owned())
        } else if file.contains(['/', '\\', ':']) || file.contains("..") {
            Some(format!(
                "has the file name “{file}”, which points outside the project's media folder"
            ))
        } else if file.chars().any(char::is_control) {
            Some("has a file name with control characters".to_owned())
        } else {
            None
        };
        if let Some(problem) = problem {
            self.push(
                path.to_owned(),
                format!("{what} {problem}. Import the photo again."),
            );
        }
    }
}

fn percent_text(bp: u32) -> String {
    format::percent(Percent(bp).as_percent())
}
