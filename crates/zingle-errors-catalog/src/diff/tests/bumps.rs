//! Each case needs its bump, and the lock check asks for exactly that version.

use super::cases::{cases, exhaustive_cases, named_cases};
use super::settings::{settings_cases, settings_shipped};
use super::{SHIPPED, from};
use crate::baseline::{self, Lock};
use crate::{Bump, Version, parse};

/// The kinds of change that the lock does not see: documentation, and where
/// translations are read.
const NOT_LOCKED: &[&str] = &[
    "explanation_changed",
    "published_explanation_changed",
    "since_changed",
    "locales_changed",
];

#[test]
fn every_kind_of_change_needs_its_bump_and_the_check_asks_for_it() {
    let exhaustive = format!("[catalog]\nexhaustive = true\n{SHIPPED}");
    let named = format!("[catalog]\nname = \"billing\"\n{SHIPPED}");
    let settings = settings_shipped();
    let groups = [
        (SHIPPED.to_owned(), cases()),
        (exhaustive.clone(), exhaustive_cases(&exhaustive)),
        (named.clone(), named_cases(&named)),
        (settings.clone(), settings_cases(&settings)),
    ];
    assert!(
        groups.iter().map(|(_, c)| c.len()).sum::<usize>() >= 30,
        "too few cases"
    );
    let mut kinds_seen = std::collections::BTreeSet::new();
    for (shipped_text, cases) in groups {
        let shipped = from(&shipped_text);
        let locked: Version = "1.2.3".parse().unwrap_or_else(|e| panic!("{e}"));
        let lock = Lock {
            catalog: shipped.clone(),
            version: Some(locked.clone()),
            former: vec![baseline::Former {
                code: 60,
                name: "Sixty".to_owned(),
            }],
        };
        for (case, text, kinds, bump) in cases {
            let catalog = parse(&text, "case.toml").unwrap_or_else(|e| panic!("{case}: {e}"));
            let changes = super::compare(&shipped, &lock.former, &catalog);
            let mut seen: Vec<&str> = changes.iter().map(|c| c.rule().id).collect();
            let mut expected = kinds.clone();
            seen.sort_unstable();
            expected.sort_unstable();
            assert_eq!(seen, expected, "{case}");
            kinds_seen.extend(seen);
            assert_eq!(
                changes.iter().map(super::Change::bump).max(),
                bump,
                "{case}"
            );

            // The check: the smallest version that ships the changes passes, the one before
            // it fails; nothing ships a `never`. Explanations and `since` are documentation,
            // and the locales folder says only where translations are read: the lock does
            // not keep them.
            let refused = |version: &Version| {
                let checked = baseline::check(&catalog, &lock, Some(version));
                checked.breaks.iter().any(|b| b.kind.change().is_some())
            };
            let documentation = kinds.iter().all(|k| NOT_LOCKED.contains(k));
            match bump {
                None => assert!(!refused(&locked), "{case}"),
                Some(_) if documentation => assert!(!refused(&locked), "{case}"),
                Some(Bump::Never) => assert!(refused(&Version::new(99, 0, 0)), "{case}"),
                Some(bump) => {
                    let needed = bump.from(&locked);
                    assert!(!refused(&needed), "{case}: {needed}");
                    let checked = baseline::check(&catalog, &lock, Some(&locked));
                    assert_eq!(checked.requires.as_ref(), Some(&needed), "{case}");
                    let just_below = match bump {
                        Bump::Major => Version::new(1, 99, 0),
                        _ => locked.clone(),
                    };
                    assert!(refused(&just_below), "{case}: {just_below}");
                }
            }
        }
    }
    // Every row of the table is among the cases.
    let all: std::collections::BTreeSet<&str> =
        crate::ChangeRule::ALL.iter().map(|r| r.id).collect();
    assert_eq!(kinds_seen, all);
}
