//! `docs --format html`: one self-contained HTML page of the catalog, an index people
//! link to (`doc_url = "https://example.com/errors.html#{code}"`): a section per
//! category, an element with the code as its `id` per code, the retired codes last.
//!
//! Without JavaScript everything is shown, linked from the contents, and found with the
//! browser's find; with it, a search box filters the codes as one types, starting from
//! the query in `?q=` or `#q=` (again when the fragment changes), and keeps what is typed
//! in the URL's `?q=`.
//!
//! The page's language is English, that of its own words ("Deprecated:"); each text of
//! the catalog says its own language (`lang`) where it is another: a translated message
//! that of its locale, a title, note or reason that of the catalog.

use std::fmt::{self, Display, Write};

use super::{Code, Document};

/// The language of the page's own words.
const LANG: &str = "en";

/// The page's style: light and dark, cards per code; `[hidden]` wins over `display`.
const STYLE: &str = r##"
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #fff; --card: #f6f8fa; --line: #d1d9e0; --accent: #0969da; --warn: #9a6700; --gone: #cf222e; --ok: #1a7f37; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #151b23; --line: #3d444d; --accent: #4493f8; --warn: #d29922; --gone: #f85149; --ok: #3fb950; } }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 64rem; padding: 1.5rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: var(--accent); }
h1 { margin: 0 0 0.5rem; }
header p { margin: 0.25rem 0; color: var(--muted); }
#search { position: sticky; top: 0; z-index: 1; padding: 0.75rem 0; background: var(--bg); border-bottom: 1px solid var(--line); }
#search label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
#search input { width: 100%; padding: 0.5rem 0.75rem; font: inherit; color: inherit; background: var(--card); border: 1px solid var(--line); border-radius: 6px; }
#no-match { font-weight: 600; }
nav ol { columns: 3 14rem; margin: 0; padding-left: 1.75rem; }
.range, .count { color: var(--muted); font-size: 0.875em; font-weight: normal; }
section > h2 { margin-top: 2rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
.code { margin: 0.75rem 0; padding: 0.75rem 1rem; background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; scroll-margin-top: 5rem; }
.code:target { outline: 2px solid var(--accent); }
.code.deprecated { border-left-color: var(--warn); }
.code.retired { border-left-color: var(--gone); }
.code h3 { margin: 0; font-size: 1.05rem; }
.code h3 .number { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; text-decoration: none; }
.code p { margin: 0.4rem 0; }
.message code { white-space: pre-wrap; }
.explanation { white-space: pre-line; }
.badge { margin-left: 0.5rem; padding: 0 0.4rem; font-size: 0.75rem; font-weight: 600; border: 1px solid; border-radius: 1em; vertical-align: middle; }
.deprecated .badge, .deprecated .note strong { color: var(--warn); }
.retired .badge, .retired .note strong { color: var(--gone); }
.badge.retryable { color: var(--ok); }
.facts { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0.4rem 0 0; font-size: 0.875rem; color: var(--muted); }
.facts div { display: flex; gap: 0.4rem; }
.facts dt::after { content: ":"; }
.facts dd { margin: 0; color: var(--fg); }
"##;

/// The search box, shown only where this runs. A word of digits finds the codes that
/// begin with it (as `explain 36` does); any other word, the codes whose text holds it.
const SCRIPT: &str = r##"
(function () {
  var form = document.getElementById("search");
  var box = document.getElementById("q");
  var none = document.getElementById("no-match");
  var codes = Array.prototype.slice.call(document.querySelectorAll(".code"));
  // What a word is looked for in: all but the facts' terms ("HTTP status").
  var texts = codes.map(function (c) {
    return Array.prototype.map.call(c.querySelectorAll("h3, p, dd"), function (e) {
      return e.textContent.toLowerCase();
    }).join("\n");
  });
  // Each section with its line in the contents, hidden with it when nothing in it matches.
  var sections = Array.prototype.map.call(document.querySelectorAll("main > section"), function (s) {
    var link = document.querySelector('nav a[href="#' + s.id + '"]');
    return [s, link && link.parentNode];
  });
  function filter() {
    var words = box.value.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || [];
    var shown = 0;
    codes.forEach(function (code, i) {
      var hit = words.every(function (w) {
        return /^[0-9]+$/.test(w) ? code.id.indexOf(w) === 0 : texts[i].indexOf(w) >= 0;
      });
      code.hidden = !hit;
      if (hit) shown++;
    });
    sections.forEach(function (pair) {
      var empty = !pair[0].querySelector(".code:not([hidden])");
      pair[0].hidden = empty;
      if (pair[1]) pair[1].hidden = empty;
    });
    none.hidden = shown > 0;
  }
  // The query in the URL: the fragment's (#q=, which a link on the page itself can
  // change) before the query string's (?q=); either read as a form's, `+` a space.
  function hashQuery() {
    return new URLSearchParams(location.hash.slice(1)).get("q");
  }
  function urlQuery() {
    var hash = hashQuery();
    return hash !== null ? hash : new URLSearchParams(location.search).get("q") || "";
  }
  // What is typed, kept in ?q= so that a reload or a copied link shows the same; a #q=
  // would win over it, so it goes, while a code's fragment stays. A file: page may refuse.
  function remember() {
    var url = new URL(location.href);
    if (box.value) url.searchParams.set("q", box.value); else url.searchParams.delete("q");
    if (hashQuery() !== null) url.hash = "";
    try { history.replaceState(history.state, "", url.href); } catch (e) {}
  }
  box.value = urlQuery();
  box.addEventListener("input", function () { filter(); remember(); });
  window.addEventListener("hashchange", function () {
    if (hashQuery() === null) return;
    box.value = urlQuery();
    filter();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  filter();
})();
"##;

/// The document as one HTML5 page, the same bytes for the same catalog.
pub(super) fn write(doc: &Document) -> String {
    let title = match doc.api {
        Some(api) => format!("{api} error codes"),
        None => "Error codes".to_owned(),
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{LANG}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"zingle-errors docs\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        Escaped(&title)
    );
    header(&mut out, doc, &title);
    contents(&mut out, doc);
    out.push_str("<main>\n<p id=\"no-match\" hidden>No code matches the search.</p>\n");
    for (i, category) in doc.catalog.categories().iter().enumerate() {
        let _ = writeln!(
            out,
            "<section id=\"{}\">\n<h2{}>{} <span class=\"range\">{}\u{2013}{}</span></h2>",
            Escaped(&category.name),
            Lang(doc.catalog_lang()),
            Escaped(&category.title),
            category.first,
            category.last
        );
        for code in doc.codes_of(i) {
            entry(&mut out, doc, &code);
        }
        out.push_str("</section>\n");
    }
    retired(&mut out, doc);
    let _ = write!(
        out,
        "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}

/// The title, what the page holds, the Rust of a code, and the search box.
fn header(out: &mut String, doc: &Document, title: &str) {
    let whose = match doc.api {
        Some(api) => format!("the {api} API"),
        None => "the catalog".to_owned(),
    };
    let retired = match doc.catalog.retired().len() {
        0 => String::new(),
        n => format!(", and {n} retired"),
    };
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<p>Every error code of {}: {} in {}{}, generated from its \
         <code>{}</code> by <code>zingle-errors docs</code>.</p>",
        Escaped(title),
        Escaped(&whose),
        count(doc.catalog.entries().len(), "code", "codes"),
        count(doc.catalog.categories().len(), "category", "categories"),
        retired,
        Escaped(doc.file)
    );
    if let Some(rust) = &doc.rust {
        let _ = writeln!(
            out,
            "<p>In Rust, code {} is <code>{}</code>, or <code>{}</code>; its error is built \
             with <code>{}</code> or <code>{}</code>.</p>",
            rust.code,
            Escaped(&rust.variant),
            Escaped(&rust.code_call),
            Escaped(&rust.error_call),
            Escaped(&rust.constructor)
        );
    }
    if let Some(locale) = doc.locale {
        let _ = writeln!(
            out,
            "<p>Messages in locale <code>{}</code>, where it translates them.</p>",
            Escaped(locale)
        );
    }
    out.push_str(
        "<noscript><p>Find a code, a name or a word with your browser's find.</p></noscript>\n\
         <form id=\"search\" role=\"search\" hidden>\n\
         <label for=\"q\">Search by code, name or text</label>\n\
         <input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\">\n\
         </form>\n</header>\n",
    );
}

/// The table of contents: each category with its range and number of codes.
fn contents(out: &mut String, doc: &Document) {
    out.push_str("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
    for (i, category) in doc.catalog.categories().iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\"{}>{}</a> <span class=\"range\">{}\u{2013}{}</span> \
             <span class=\"count\">({})</span></li>",
            Escaped(&category.name),
            Lang(doc.catalog_lang()),
            Escaped(&category.title),
            category.first,
            category.last,
            doc.catalog.entries_of(i).count()
        );
    }
    if !doc.catalog.retired().is_empty() {
        let _ = writeln!(
            out,
            "<li><a href=\"#retired\">Retired codes</a> <span class=\"count\">({})</span></li>",
            doc.catalog.retired().len()
        );
    }
    out.push_str("</ol>\n</nav>\n");
}

/// A code: number, name and badges (deprecated, retryable), message, explanation,
/// deprecation note, then the facts.
fn entry(out: &mut String, doc: &Document, code: &Code) {
    let e = code.entry;
    let class = if e.deprecated.is_some() {
        "code deprecated"
    } else {
        "code"
    };
    let _ = write!(
        out,
        "<article class=\"{class}\" id=\"{0}\">\n<h3><a class=\"number\" href=\"#{0}\">{0}</a> \
         <span class=\"name\">{1}</span>",
        e.code,
        Escaped(&e.name)
    );
    if e.deprecated.is_some() {
        out.push_str("<span class=\"badge\">deprecated</span>");
    }
    if e.retryable {
        out.push_str("<span class=\"badge retryable\">retryable</span>");
    }
    out.push_str("</h3>\n");
    let _ = writeln!(
        out,
        "<p class=\"message\"{}><code>{}</code></p>",
        Lang(code.description.lang),
        Escaped(&code.description.text)
    );
    if !code.explanation.text.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"explanation\"{}>{}</p>",
            Lang(code.explanation.lang),
            Escaped(&code.explanation.text)
        );
    }
    if let Some(note) = &e.deprecated {
        let _ = writeln!(
            out,
            "<p class=\"note\"><strong>Deprecated:</strong> {}</p>",
            InLang(note, doc.catalog_lang())
        );
    }
    out.push_str("<dl class=\"facts\">\n");
    fact(out, "HTTP status", &Escaped(&code.status));
    fact(
        out,
        "Rust",
        &format_args!("<code>{}</code>", Escaped(&code.constructor)),
    );
    if !e.aliases.is_empty() {
        fact(out, "Former names", &Escaped(&e.aliases.join(", ")));
    }
    if let Some(since) = &e.since {
        fact(out, "Since", &Escaped(since));
    }
    out.push_str("</dl>\n</article>\n");
}

/// One term of a code's facts; `value` is HTML already.
fn fact(out: &mut String, term: &str, value: &dyn Display) {
    let _ = writeln!(out, "<div><dt>{term}</dt><dd>{value}</dd></div>");
}

/// The retired codes, each with its reason, so that an old link still finds its code.
fn retired(out: &mut String, doc: &Document) {
    let retired = doc.catalog.retired();
    if retired.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"retired\">\n<h2>Retired codes</h2>\n\
         <p>Codes that are no more; their numbers and names are never used again.</p>\n",
    );
    for r in retired {
        let _ = writeln!(
            out,
            "<article class=\"code retired\" id=\"{0}\">\n<h3><a class=\"number\" href=\"#{0}\">{0}</a> \
             <span class=\"name\">{1}</span><span class=\"badge\">retired</span></h3>\n\
             <p class=\"note\"><strong>Retired:</strong> {2}</p>\n</article>",
            r.code,
            Escaped(&r.name),
            InLang(&r.reason, doc.catalog_lang())
        );
    }
    out.push_str("</section>\n");
}

/// ` lang="pl"`, the attribute of an element holding text in that language, where it is
/// not the page's; else nothing.
struct Lang<'a>(&'a str);

impl Display for Lang<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.eq_ignore_ascii_case(LANG) {
            Ok(())
        } else {
            write!(f, " lang=\"{}\"", Escaped(self.0))
        }
    }
}

/// A text of the catalog among the page's own words, escaped: in a `span` saying its
/// language where it is not the page's.
struct InLang<'a>(&'a str, &'a str);

impl Display for InLang<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self(text, lang) = *self;
        if lang.eq_ignore_ascii_case(LANG) {
            Escaped(text).fmt(f)
        } else {
            write!(f, "<span{}>{}</span>", Lang(lang), Escaped(text))
        }
    }
}

/// `1 code`, `201 codes`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Text as HTML, in an element or a double-quoted attribute: `&`, `<`, `>` and `"` as
/// character references.
struct Escaped<'a>(&'a str);

impl Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                _ => "&quot;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::Escaped;

    #[test]
    fn escaped_text_cannot_open_a_tag_or_close_an_attribute() {
        assert_eq!(
            Escaped(r#"<a href="x">Tom & 'Jerry'</a>"#).to_string(),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; 'Jerry'&lt;/a&gt;"
        );
        assert_eq!(
            Escaped("caf\u{e9} \u{2013} plain").to_string(),
            "caf\u{e9} \u{2013} plain"
        );
    }
}
