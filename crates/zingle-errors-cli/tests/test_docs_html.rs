//! `docs --format html`: the page of a catalog of one's own, escaped and in its own words
//! and languages; and the Zingle catalog's page in headless Chromium, with and without
//! JavaScript.

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
fn in_a_locale_each_translated_message_says_its_language() {
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
    // The page's own words ("Deprecated:", "Contents") are English, whatever the locale.
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"),
        "{html}"
    );
    assert!(html.contains("<p>Messages in locale <code>pl</code>, where it translates them.</p>"));
    assert!(
        html.contains("<p class=\"message\" lang=\"pl\"><code>Nie znaleziono koszyka"),
        "{html}"
    );
    // Polish leaves ShopClosed to the catalog's own language, English, the page's.
    assert!(
        html.contains("<p class=\"message\"><code>The shop is closed</code></p>"),
        "{html}"
    );
    assert_eq!(
        html.matches(" lang=").count(),
        html.matches(" lang=\"pl\"").count() + 1,
        "only the page and the Polish messages say a language: {html}"
    );
    // Without --locale, all in the catalog's language, the page's.
    let default = common::run(&["docs", "--format", "html", "--catalog", shop]);
    default.status(0);
    assert_eq!(
        default.stdout.matches(" lang=").count(),
        1,
        "{}",
        default.stdout
    );
}

#[test]
fn every_text_of_a_catalog_in_another_language_says_it() {
    let run = run(&[
        "docs",
        "--format",
        "html",
        "--catalog",
        "tests/fixtures/html-de.toml",
    ]);
    run.status(0);
    let html = &run.stdout;
    for text in [
        "<html lang=\"en\">",
        "<a href=\"#Ofen\" lang=\"de\">\u{d6}fen</a>",
        "<h2 lang=\"de\">\u{d6}fen ",
        "<p class=\"message\" lang=\"de\"><code>Ofen {ofen_id} ist zu hei\u{df}</code></p>",
        "<p class=\"explanation\" lang=\"de\">Warten, bis er abgek\u{fc}hlt ist.</p>",
        "<strong>Deprecated:</strong> <span lang=\"de\">stattdessen 100 verwenden</span>",
        "<strong>Retired:</strong> <span lang=\"de\">ein kalter Ofen ist kein Fehler</span>",
    ] {
        assert!(html.contains(text), "no {text:?} in\n{html}");
    }
    // Nothing else says a language but the page.
    assert_eq!(
        html.matches(" lang=").count(),
        html.matches(" lang=\"de\"").count() + 1,
        "{html}"
    );
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

/// Chromium, as `CHROMIUM` names it or as `chromium`, `chromium-browser`,
/// `google-chrome` or `google-chrome-stable` on the `PATH`. Without it a test is skipped,
/// except on CI (`CI` set, as `.ci/run` sets it), which must run it.
fn chromium() -> Option<PathBuf> {
    let on_path = |name: &str| {
        std::env::split_paths(&std::env::var_os("PATH")?)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    };
    let found = std::env::var_os("CHROMIUM")
        .filter(|given| !given.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            [
                "chromium",
                "chromium-browser",
                "google-chrome",
                "google-chrome-stable",
            ]
            .into_iter()
            .find_map(on_path)
        });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set and no Chromium was found (CHROMIUM, chromium, chromium-browser, \
             google-chrome, google-chrome-stable): the browser tests must run on CI; \
             .ci/run installs Debian's chromium"
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

/// Whether the page's scripts may run.
#[derive(Clone, Copy, PartialEq)]
enum Scripts {
    On,
    Off,
}

/// Runs headless Chromium on `url` with `args`, in a fresh profile named `name`, and
/// gives what it printed; killed after 60 s, so that a hang cannot stall the suite.
///
/// Scripts are turned off as a user turns them off, by the profile's content setting:
/// Chromium's `--blink-settings=scriptEnabled=false` stops `--dump-dom` too, which then
/// prints nothing.
fn headless(browser: &Path, name: &str, scripts: Scripts, args: &[&str], url: &str) -> String {
    let dir = out_dir();
    let profile = dir.join(format!("profile-{name}"));
    let _ = fs::remove_dir_all(&profile);
    if scripts == Scripts::Off {
        fs::create_dir_all(profile.join("Default")).expect("the profile's folder");
        fs::write(
            profile.join("Default/Preferences"),
            r#"{"profile":{"default_content_setting_values":{"javascript":2}}}"#,
        )
        .expect("the profile's preferences");
    }
    let stdout = dir.join(format!("{name}.stdout"));
    let stderr = dir.join(format!("{name}.stderr"));
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            // A container's /dev/shm may be 64 MB, too small for Chromium's shared memory.
            "--disable-dev-shm-usage",
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

/// The page at `url` as Chromium has built it once its scripts ran: `--dump-dom`.
fn dump(browser: &Path, name: &str, url: &str) -> String {
    headless(browser, name, Scripts::On, &["--dump-dom"], url)
}

/// The codes a dumped page shows.
fn shown(dom: &str) -> BTreeSet<String> {
    articles(dom)
        .into_iter()
        .filter(|(_, hidden)| !hidden)
        .map(|(code, _)| code)
        .collect()
}

#[test]
fn in_chromium_every_code_has_its_anchor_and_is_shown() {
    let Some(browser) = chromium() else { return };
    let dom = dump(&browser, "dom", &url(""));
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

/// With scripts off, a query in the URL filters nothing: every code is shown, and
/// nothing is hidden but the search box, which would do nothing, and its "no match".
#[test]
fn in_chromium_without_javascript_every_code_is_shown() {
    let Some(browser) = chromium() else { return };
    let dom = headless(
        &browser,
        "no-script",
        Scripts::Off,
        &["--dump-dom"],
        &url("?q=3612"),
    );
    let codes = articles(&dom);
    assert_eq!(
        codes.keys().cloned().collect::<BTreeSet<_>>(),
        every_code(&catalog("codes.toml"))
    );
    assert!(codes.values().all(|hidden| !hidden), "{dom}");
    assert!(
        dom.contains("<form id=\"search\" role=\"search\" hidden=\"\">"),
        "{dom}"
    );
    assert!(dom.contains("<p id=\"no-match\" hidden=\"\">"), "{dom}");
    assert_eq!(dom.matches(" hidden=").count(), 2, "{dom}");
}

#[test]
fn in_chromium_the_query_in_the_url_filters_the_codes() {
    let Some(browser) = chromium() else { return };
    let dom = dump(&browser, "query", &url("?q=3612"));
    assert_eq!(shown(&dom), BTreeSet::from(["3612".to_owned()]));
    assert_eq!(
        articles(&dom).len(),
        every_code(&catalog("codes.toml")).len()
    );
    assert!(dom.contains("<input id=\"q\""), "{dom}");
    assert!(dom.contains("<section id=\"Messages\">"), "{dom}");
    assert!(
        dom.contains("<section id=\"General\" hidden=\"\">"),
        "{dom}"
    );

    // By name, in the query string or the fragment, a space written `+` or `%20`.
    let by_name = shown(&dump(&browser, "name", &url("?q=invalid+label")));
    assert!(by_name.contains("3612"), "InvalidLabel is shown");
    assert!(!by_name.contains("2600"), "ServerError is hidden");
    for (name, suffix) in [
        ("name-fragment", "#q=invalid+label"),
        ("name-escaped", "#q=invalid%20label"),
    ] {
        assert_eq!(
            shown(&dump(&browser, name, &url(suffix))),
            by_name,
            "{suffix}"
        );
    }

    // A category's codes by a prefix of their numbers.
    let catalog = catalog("codes.toml");
    for (code, hidden) in articles(&dump(&browser, "prefix", &url("?q=26"))) {
        assert_eq!(hidden, !code.starts_with("26"), "{code}");
    }
    assert!(catalog.entries().iter().any(|e| e.code / 100 == 26));

    // A word of a badge finds the codes that wear it.
    let retryable: BTreeSet<String> = catalog
        .entries()
        .iter()
        .filter(|e| e.retryable)
        .map(|e| e.code.to_string())
        .collect();
    assert!(!retryable.is_empty());
    assert_eq!(
        shown(&dump(&browser, "badge", &url("?q=retryable"))),
        retryable
    );

    let dom = dump(&browser, "none", &url("?q=zzzzzz"));
    assert!(shown(&dom).is_empty(), "{dom}");
    assert!(dom.contains("<p id=\"no-match\">"), "{dom}");
}

/// A page beside the docs page that opens it in a frame at `#q=invalid+label`, then
/// types a query into its box and changes its fragment, and writes what the page did,
/// a line each, into `<pre id="out">`. Files may read each other only with Chromium's
/// `--allow-file-access-from-files`.
const HARNESS: &str = r#"<!DOCTYPE html>
<pre id="out"></pre>
<iframe id="page" src="errors.html#q=invalid+label"></iframe>
<script>
var out = document.getElementById("out");
function say(line) { out.textContent += line + "\n"; }
var frame = document.getElementById("page");
frame.onload = function () {
  try {
    var page = frame.contentWindow, box = page.document.getElementById("q");
    function shown() {
      return Array.prototype.filter.call(page.document.querySelectorAll(".code"), function (c) {
        return !c.hidden;
      }).map(function (c) { return c.id; }).join(" ");
    }
    say("box: " + box.value);
    say("shown: " + shown());
    box.value = "36 label";
    box.dispatchEvent(new Event("input"));
    say("typed, the URL ends: " + page.location.search + page.location.hash);
    page.addEventListener("hashchange", function () {
      say("fragment changed, box: " + box.value);
      say("shown: " + shown());
    });
    page.location.hash = "q=26+server";
  } catch (e) {
    say("error: " + e);
  }
};
</script>
"#;

#[test]
fn in_chromium_typing_and_the_fragment_keep_the_url_and_the_filter_in_step() {
    let Some(browser) = chromium() else { return };
    let harness = out_dir().join("harness.html");
    page();
    fs::write(&harness, HARNESS).expect("the harness is written");
    let dom = headless(
        &browser,
        "harness",
        Scripts::On,
        // Virtual time runs until the page has nothing left to do: the hashchange.
        &[
            "--allow-file-access-from-files",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ],
        &url("").replace("errors.html", "harness.html"),
    );
    let said = dom
        .split_once("<pre id=\"out\">")
        .and_then(|(_, rest)| rest.split_once("</pre>"))
        .map(|(out, _)| out)
        .unwrap_or_else(|| panic!("the harness's output in\n{dom}"));
    // What the page shows at ?q=: the filter is the page's, not written again here.
    let at = |name: &str, query: &str| -> String {
        let codes = shown(&dump(&browser, name, &url(&format!("?q={query}"))));
        codes.into_iter().collect::<Vec<_>>().join(" ")
    };
    assert_eq!(
        said,
        format!(
            "box: invalid label\nshown: {}\n\
             typed, the URL ends: ?q=36+label\n\
             fragment changed, box: 26 server\nshown: {}\n",
            at("harness-name", "invalid+label"),
            at("harness-prefix", "26+server")
        )
    );
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
        Scripts::On,
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
