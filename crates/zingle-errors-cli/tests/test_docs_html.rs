//! `docs --format html`: the page of a catalog of one's own, escaped and in its own words;
//! and the Zingle catalog's page in headless Chromium, with and without JavaScript.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use common::{check, run};

/// `docs --format html` of `tests/fixtures/html.toml`, in the names its invocation would
/// give: texts with `<`, `&` and `"`, a deprecated code, a retired one.
const OWN: [&str; 13] = [
    "docs",
    "--format",
    "html",
    "--catalog",
    "tests/fixtures/html.toml",
    "--code-type",
    "BakeryCode",
    "--error-type",
    "BakeryError",
    "--code-macro",
    "bakery_code",
    "--error-macro",
    "bakery_error",
];

/// The catalog at `path`, relative to the crate.
fn catalog(path: &str) -> zingle_errors_catalog::Catalog {
    let source = fs::read_to_string(common::dir().join(path)).expect("the catalog");
    zingle_errors_catalog::parse(&source, path).expect("a valid catalog")
}

/// Every code of a catalog, current and retired, as the page's ids.
fn every_code(catalog: &zingle_errors_catalog::Catalog) -> BTreeSet<String> {
    let current = catalog.entries().iter().map(|e| e.code);
    let retired = catalog.retired().iter().map(|r| r.code);
    current.chain(retired).map(|c| c.to_string()).collect()
}

/// Each `<article>` of a page or a dumped DOM: its id, and whether it is hidden. Panics
/// when an id is there twice.
fn articles(html: &str) -> BTreeMap<String, bool> {
    let mut found = BTreeMap::new();
    for rest in html.split("<article").skip(1) {
        let tag = &rest[..rest.find('>').expect("a start tag ends")];
        let id = tag
            .split("id=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("an article has an id");
        let hidden = tag.split_whitespace().any(|a| a.starts_with("hidden"));
        assert!(
            found.insert(id.to_owned(), hidden).is_none(),
            "id {id} twice"
        );
    }
    found
}

#[test]
fn the_page_of_an_own_catalog_snapshot() {
    let run = check("docs-html-own", &OWN, 0);
    assert!(!run.stdout.contains("Zingle"), "{}", run.stdout);
    assert_eq!(
        run.stdout,
        common::run(&OWN).stdout,
        "the same bytes each time"
    );
}

#[test]
fn the_page_escapes_every_text_of_the_catalog() {
    let run = run(&OWN);
    run.status(0);
    let html = &run.stdout;
    for escaped in [
        "<title>bakery error codes</title>",
        "<h1>bakery error codes</h1>",
        // A category title, in the contents and as its section's heading.
        "<a href=\"#Ovens\">Ovens &amp; &lt;heat&gt;</a>",
        "<section id=\"Ovens\">\n<h2>Ovens &amp; &lt;heat&gt; ",
        "<h2>Orders &quot;to go&quot; ",
        // A message template, with its parameters as `{name}`.
        "<code>Oven {oven_id} is above {limit} &amp; rising</code>",
        "<code>At most {{limit}} loaves, not &quot;{count}&quot;</code>",
        "Bread &lt;script&gt;alert(1)&lt;/script&gt; burns; wait until it is &lt; 250 &quot;degrees&quot;.",
        "<strong>Deprecated:</strong> use 100 &amp; check &lt;oven_id&gt;",
        "<span class=\"name\">OvenTooHot</span><span class=\"badge retryable\">retryable</span>",
        "<strong>Retired:</strong> orders are never &quot;late&quot; &amp; &lt;never&gt; were",
        "<code>BakeryError::oven_too_hot(oven_id, limit)</code>",
        "<code>bakery_error!(OvenTooHot, oven_id = .., limit = ..)</code>",
    ] {
        assert!(html.contains(escaped), "no {escaped:?} in\n{html}");
    }
    // The page's own script is the only one.
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert_eq!(html.matches("</script>").count(), 1, "{html}");
}

#[test]
fn every_code_of_an_own_catalog_is_where_its_doc_url_points() {
    let run = run(&OWN);
    run.status(0);
    let catalog = catalog("tests/fixtures/html.toml");
    let ids = articles(&run.stdout);
    assert_eq!(
        ids.keys().cloned().collect::<BTreeSet<_>>(),
        every_code(&catalog)
    );
    for entry in catalog.entries() {
        let url = catalog.doc_url(entry).expect("the fixture has a doc_url");
        let (_, anchor) = url.split_once('#').expect("a fragment");
        assert!(ids.contains_key(anchor), "{url}");
    }
    // Shown without JavaScript: nothing hidden but the search box and its "no match".
    assert!(ids.values().all(|hidden| !hidden));
    assert!(
        run.stdout
            .contains("<form id=\"search\" role=\"search\" hidden>")
    );
    assert!(run.stdout.contains("<p id=\"no-match\" hidden>"));
    assert!(
        run.stdout
            .contains("<article class=\"code deprecated\" id=\"101\">")
    );
    assert!(
        run.stdout
            .contains("<article class=\"code retired\" id=\"201\">")
    );
}

#[test]
fn the_page_in_a_locale_says_its_language_and_which_texts_it_leaves_untranslated() {
    let shop = "../../tests/fixtures/shop-i18n/codes.toml";
    let run = run(&[
        "docs",
        "--format",
        "html",
        "--catalog",
        shop,
        "--locale",
        "pl",
    ]);
    run.status(0);
    let html = &run.stdout;
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"pl\">\n"),
        "{html}"
    );
    assert!(html.contains("<p>Messages in locale <code>pl</code>, where it translates them.</p>"));
    // Polish leaves ShopClosed to the default locale, English.
    assert!(
        html.contains("<p class=\"message\" lang=\"en\"><code>The shop is closed</code></p>"),
        "{html}"
    );
    assert!(
        !html.contains("<p class=\"message\" lang=\"en\"><code>Cart"),
        "{html}"
    );
    // Without --locale, all in the catalog's language.
    let default = common::run(&["docs", "--format", "html", "--catalog", shop]);
    default.status(0);
    let default = &default.stdout;
    assert!(
        default.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"),
        "{default}"
    );
    assert!(!default.contains(" lang=\"en\"><code>"), "{default}");
}

// The page in a browser.

/// Where the browser tests write: the page, Chromium's output, the screenshot.
fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("docs-html")
}

/// The Zingle catalog's page, written once into the output folder.
fn page() -> &'static Path {
    static PAGE: OnceLock<PathBuf> = OnceLock::new();
    PAGE.get_or_init(|| {
        let run = run(&["docs", "--format", "html"]);
        run.status(0);
        fs::create_dir_all(out_dir()).expect("the output folder");
        let path = out_dir().join("errors.html");
        fs::write(&path, run.stdout).expect("the page is written");
        path
    })
}

/// A line for whoever runs the tests, past the harness's capture of `println!`.
fn tell(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Chromium, as `CHROMIUM` names it or as `chromium` or `chromium-browser` on the
/// `PATH`. Without it a test is skipped, except on CI (`CI` set), which must run it.
fn chromium() -> Option<PathBuf> {
    let on_path = |name: &str| {
        std::env::split_paths(&std::env::var_os("PATH")?)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    };
    let found = std::env::var_os("CHROMIUM")
        .filter(|given| !given.is_empty())
        .map(PathBuf::from)
        .or_else(|| on_path("chromium"))
        .or_else(|| on_path("chromium-browser"));
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set and no Chromium was found (CHROMIUM, chromium, chromium-browser): \
             the browser tests must run on CI; .ci/run installs Debian's chromium"
        );
        tell(
            "skipped: install Debian's chromium (apt-get install chromium), or set CHROMIUM to a Chromium binary",
        );
    }
    found
}

/// The page's `file:` URL, then `suffix` (`?q=3612`).
fn url(suffix: &str) -> String {
    let mut url = String::from("file://");
    for byte in page().to_string_lossy().bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                url.push(char::from(byte));
            }
            _ => url.push_str(&format!("%{byte:02X}")),
        }
    }
    url + suffix
}

/// Runs headless Chromium on `url` with `args`, in a fresh profile named `name`, and
/// gives what it printed; killed after 60 s, so that a hang cannot stall the suite.
fn headless(browser: &Path, name: &str, args: &[&str], url: &str) -> String {
    let dir = out_dir();
    let profile = dir.join(format!("profile-{name}"));
    let _ = fs::remove_dir_all(&profile);
    let stdout = dir.join(format!("{name}.stdout"));
    let stderr = dir.join(format!("{name}.stderr"));
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdout(File::create(&stdout).expect("Chromium's stdout file"))
        .stderr(File::create(&stderr).expect("Chromium's stderr file"))
        .spawn()
        .unwrap_or_else(|e| panic!("{} does not start: {e}", browser.display()));
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("Chromium's status") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("Chromium did not finish in 60 s: {args:?} {url}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let errors = fs::read_to_string(&stderr).unwrap_or_default();
    assert!(
        status.success(),
        "Chromium failed ({status}) on {url}:\n{errors}"
    );
    let _ = fs::remove_dir_all(&profile);
    fs::read_to_string(&stdout).expect("Chromium's stdout")
}

#[test]
fn in_chromium_every_code_has_its_anchor_and_is_shown() {
    let Some(browser) = chromium() else { return };
    let dom = headless(&browser, "dom", &["--dump-dom"], &url(""));
    let codes = articles(&dom);
    let expected = every_code(&catalog("codes.toml"));
    assert_eq!(codes.keys().cloned().collect::<BTreeSet<_>>(), expected);
    assert!(codes.values().all(|hidden| !hidden), "{dom}");
    // The script ran: the search box is shown, "no match" is not.
    assert!(
        dom.contains("<form id=\"search\" role=\"search\">"),
        "{dom}"
    );
    assert!(dom.contains("<p id=\"no-match\" hidden=\"\">"), "{dom}");
}

#[test]
fn in_chromium_the_query_in_the_url_filters_the_codes() {
    let Some(browser) = chromium() else { return };
    let dom = headless(&browser, "query", &["--dump-dom"], &url("?q=3612"));
    let codes = articles(&dom);
    let shown: Vec<&String> = codes.iter().filter(|(_, h)| !**h).map(|(c, _)| c).collect();
    assert_eq!(shown, ["3612"]);
    assert_eq!(codes.len(), every_code(&catalog("codes.toml")).len());
    assert!(dom.contains("<input id=\"q\""), "{dom}");
    assert!(dom.contains("<section id=\"Messages\">"), "{dom}");
    assert!(
        dom.contains("<section id=\"General\" hidden=\"\">"),
        "{dom}"
    );

    // By name, in the fragment; a category's codes by a prefix of their numbers.
    let dom = headless(
        &browser,
        "name",
        &["--dump-dom"],
        &url("#q=invalid%20label"),
    );
    let shown = articles(&dom);
    assert!(!shown["3612"], "InvalidLabel is shown");
    assert!(shown["2600"], "ServerError is hidden");
    let dom = headless(&browser, "prefix", &["--dump-dom"], &url("?q=26"));
    let catalog = catalog("codes.toml");
    for (code, hidden) in articles(&dom) {
        assert_eq!(hidden, !code.starts_with("26"), "{code}");
    }
    assert!(catalog.entries().iter().any(|e| e.code / 100 == 26));

    // A word of a badge; the facts' terms ("Retryable", "HTTP status") are not looked in.
    let dom = headless(&browser, "badge", &["--dump-dom"], &url("?q=retryable"));
    let retryable: BTreeSet<String> = catalog
        .entries()
        .iter()
        .filter(|e| e.retryable)
        .map(|e| e.code.to_string())
        .collect();
    assert!(!retryable.is_empty());
    let shown: BTreeSet<String> = articles(&dom)
        .into_iter()
        .filter(|(_, hidden)| !hidden)
        .map(|(code, _)| code)
        .collect();
    assert_eq!(shown, retryable);

    let dom = headless(&browser, "none", &["--dump-dom"], &url("?q=zzzzzz"));
    assert!(articles(&dom).values().all(|hidden| *hidden));
    assert!(dom.contains("<p id=\"no-match\">"), "{dom}");
}

/// Without JavaScript the page is what it is written as (Chromium's `--dump-dom` itself
/// needs scripts, so the page is read as written): every code shown, the search box,
/// which would do nothing, not.
#[test]
fn without_javascript_every_code_is_shown() {
    let html = fs::read_to_string(page()).expect("the page");
    let codes = articles(&html);
    assert_eq!(
        codes.keys().cloned().collect::<BTreeSet<_>>(),
        every_code(&catalog("codes.toml"))
    );
    assert!(codes.values().all(|hidden| !hidden));
    assert_eq!(
        html.matches(" hidden>").count(),
        2,
        "only the search box and its line"
    );
    assert!(html.contains("<form id=\"search\" role=\"search\" hidden>"));
    assert!(html.contains("<p id=\"no-match\" hidden>"));
}

#[test]
fn in_chromium_the_page_makes_a_screenshot() {
    let Some(browser) = chromium() else { return };
    let png = out_dir().join("docs.png");
    let _ = fs::remove_file(&png);
    let screenshot = format!("--screenshot={}", png.display());
    headless(
        &browser,
        "screenshot",
        &[&screenshot, "--window-size=1280,2000"],
        &url(""),
    );
    let bytes = fs::read(&png).expect("the screenshot is written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(
        bytes.len() > 10_000,
        "{} bytes: an empty page?",
        bytes.len()
    );
    tell(&format!("screenshot of the page: {}", png.display()));
}
