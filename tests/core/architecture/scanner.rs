//! A small scanner of Rust source for the architecture test: it drops comments and
//! literals, then finds the crates and the modules of this crate that core modules
//! must not name.

/// Crates core modules never name: the GUI toolkit and the PDF backend.
pub const FORBIDDEN_CRATES: [&str; 4] = ["egui", "eframe", "egui_plot", "printpdf"];

/// Top-level modules of this crate that core modules never name.
pub const FORBIDDEN_MODULES: [&str; 3] = ["ui", "pdf", "cli"];

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    PathSep,
    Open,
    Close,
    Comma,
    Other,
}

/// A token and the line (from 1) it starts on.
struct Lexeme {
    token: Token,
    line: usize,
}

/// Where the lexer is in the source.
struct Cursor {
    chars: Vec<char>,
    at: usize,
    line: usize,
}

impl Cursor {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn skip_line_comment(&mut self) {
        while self.peek(0).is_some_and(|c| c != '\n') {
            self.bump();
        }
    }

    /// Skips a block comment (nested ones too); the cursor is on its `/*`.
    fn skip_block_comment(&mut self) {
        self.at += 2;
        let mut depth = 1;
        while depth > 0 && self.peek(0).is_some() {
            if self.peek(0) == Some('/') && self.peek(1) == Some('*') {
                self.at += 2;
                depth += 1;
            } else if self.peek(0) == Some('*') && self.peek(1) == Some('/') {
                self.at += 2;
                depth -= 1;
            } else {
                self.bump();
            }
        }
    }

    /// Skips a quoted literal with escapes; the cursor is on its opening quote.
    fn skip_quoted(&mut self, quote: char) {
        self.bump();
        while let Some(c) = self.bump() {
            if c == '\\' {
                self.bump();
            } else if c == quote {
                break;
            }
        }
    }

    /// Skips a raw string `r#"…"#`; the cursor is on the first `#` or the quote.
    fn skip_raw_string(&mut self) {
        let mut hashes = 0;
        while self.peek(0) == Some('#') {
            self.at += 1;
            hashes += 1;
        }
        self.bump();
        while let Some(c) = self.bump() {
            if c == '"' && (0..hashes).all(|i| self.peek(i) == Some('#')) {
                self.at += hashes;
                break;
            }
        }
    }

    /// A `'` starts a char literal (`'x'`, `'\n'`) or a lifetime (`'a`); literals are
    /// skipped, a lifetime's tick is dropped.
    fn skip_tick(&mut self) {
        if self.peek(1) == Some('\\') || self.peek(2) == Some('\'') {
            self.skip_quoted('\'');
        } else {
            self.at += 1;
        }
    }

    /// Whether the cursor (just after an `r` prefix) is on `"` or `#…#"`.
    fn raw_string_ahead(&self) -> bool {
        let hashes = (0..).take_while(|&i| self.peek(i) == Some('#')).count();
        self.peek(hashes) == Some('"')
    }

    fn ident(&mut self) -> String {
        let start = self.at;
        while self
            .peek(0)
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }
}

/// The tokens that matter for paths: identifiers, `::`, braces and commas. Comments,
/// strings and char literals are dropped, so text that only mentions a path is not one.
fn lex(source: &str) -> Vec<Lexeme> {
    let mut cursor = Cursor {
        chars: source.chars().collect(),
        at: 0,
        line: 1,
    };
    let mut out = Vec::new();
    while let Some(c) = cursor.peek(0) {
        let line = cursor.line;
        let next = cursor.peek(1);
        let token = match c {
            '/' if next == Some('/') => {
                cursor.skip_line_comment();
                continue;
            }
            '/' if next == Some('*') => {
                cursor.skip_block_comment();
                continue;
            }
            '"' => {
                cursor.skip_quoted('"');
                continue;
            }
            '\'' => {
                cursor.skip_tick();
                continue;
            }
            ':' if next == Some(':') => {
                cursor.at += 2;
                Token::PathSep
            }
            c if c.is_alphabetic() || c == '_' => {
                let word = cursor.ident();
                let quote = cursor.peek(0);
                match word.as_str() {
                    "r" | "br" | "cr" if cursor.raw_string_ahead() => {
                        cursor.skip_raw_string();
                        continue;
                    }
                    "r" if quote == Some('#') => {
                        cursor.at += 1;
                        Token::Ident(cursor.ident())
                    }
                    "b" | "c" if quote == Some('"') => {
                        cursor.skip_quoted('"');
                        continue;
                    }
                    "b" if quote == Some('\'') => {
                        cursor.skip_quoted('\'');
                        continue;
                    }
                    _ => Token::Ident(word),
                }
            }
            c if c.is_ascii_digit() => {
                cursor.ident();
                Token::Other
            }
            c => {
                cursor.bump();
                match c {
                    '{' => Token::Open,
                    '}' => Token::Close,
                    ',' => Token::Comma,
                    c if c.is_whitespace() => continue,
                    _ => Token::Other,
                }
            }
        };
        out.push(Lexeme { token, line });
    }
    out
}

fn is_ident(lexemes: &[Lexeme], at: usize, word: &str) -> bool {
    matches!(lexemes.get(at), Some(Lexeme { token: Token::Ident(w), .. }) if w == word)
}

fn is_path_sep(lexemes: &[Lexeme], at: usize) -> bool {
    matches!(
        lexemes.get(at),
        Some(Lexeme {
            token: Token::PathSep,
            ..
        })
    )
}

/// If a path starting at `at` names the crate root (`crate::`, or enough `super::` to
/// climb out of a module `module_depth` deep), the index just after its last `::`.
fn after_root(lexemes: &[Lexeme], at: usize, module_depth: usize) -> Option<usize> {
    if at > 0 && is_path_sep(lexemes, at - 1) {
        return None; // the middle of a longer path
    }
    if is_ident(lexemes, at, "crate") && is_path_sep(lexemes, at + 1) {
        return Some(at + 2);
    }
    let mut end = at;
    let mut supers = 0;
    while is_ident(lexemes, end, "super") && is_path_sep(lexemes, end + 1) {
        supers += 1;
        end += 2;
    }
    (supers > 0 && supers >= module_depth).then_some(end)
}

/// The first names of a `{…}` group's items (`crate::{model, ui::Ui}` gives `model`
/// and `ui`), with their lines; `open` is the index of the `{`.
fn group_heads(lexemes: &[Lexeme], open: usize) -> Vec<(usize, &str)> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item_start = true;
    for lexeme in &lexemes[open..] {
        match &lexeme.token {
            Token::Open => {
                depth += 1;
                item_start = depth == 1;
            }
            Token::Close => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Token::Comma => item_start = depth == 1,
            Token::Ident(word) if item_start => {
                heads.push((lexeme.line, word.as_str()));
                item_start = false;
            }
            _ => item_start = false,
        }
    }
    heads
}

/// Every line of `source` that names a forbidden crate (as a whole identifier) or one of
/// the crate's `ui`, `pdf` and `cli` modules (`crate::ui`, `crate::{model, pdf}`, or
/// `super::super::cli` from a file `module_depth` modules below the crate root; `src/kit/
/// mod.rs` is 1 deep, `src/kit/fonts.rs` 2). Comments and string literals do not count.
pub fn boundary_offences(source: &str, module_depth: usize) -> Vec<(usize, String)> {
    let lexemes = lex(source);
    let mut hits = Vec::new();
    for (at, lexeme) in lexemes.iter().enumerate() {
        let Token::Ident(word) = &lexeme.token else {
            continue;
        };
        if let Some(name) = FORBIDDEN_CRATES.iter().find(|name| **name == word) {
            hits.push((lexeme.line, (*name).to_owned()));
            continue;
        }
        let Some(next) = after_root(&lexemes, at, module_depth) else {
            continue;
        };
        let heads = match lexemes.get(next) {
            Some(Lexeme {
                token: Token::Ident(head),
                line,
            }) => vec![(*line, head.as_str())],
            Some(Lexeme {
                token: Token::Open, ..
            }) => group_heads(&lexemes, next),
            _ => Vec::new(),
        };
        for (line, head) in heads {
            if FORBIDDEN_MODULES.contains(&head) {
                hits.push((line, format!("crate::{head}")));
            }
        }
    }
    hits
}

#[test]
fn forbidden_crates_are_caught_as_whole_words_outside_comments() {
    assert_eq!(
        boundary_offences("use egui::Ui;", 1),
        vec![(1, "egui".to_owned())]
    );
    assert_eq!(
        boundary_offences("\nlet x = printpdf::Op::SaveGraphicsState;", 1),
        vec![(2, "printpdf".to_owned())]
    );
    assert!(boundary_offences("// egui is only in ui/", 1).is_empty());
    assert!(boundary_offences("let eguify = 1; let s = \"egui\";", 1).is_empty());
}

#[test]
fn paths_into_ui_pdf_and_cli_are_caught() {
    let hit = |line: usize, name: &str| vec![(line, name.to_owned())];
    assert_eq!(
        boundary_offences("use crate::ui::Dialogs;", 1),
        hit(1, "crate::ui")
    );
    assert_eq!(
        boundary_offences("let r = crate::pdf::export(p);", 2),
        hit(1, "crate::pdf")
    );
    assert_eq!(
        boundary_offences("use crate::{model, cli};", 1),
        hit(1, "crate::cli")
    );
    assert_eq!(
        boundary_offences(
            "use crate::{\n    model::Project,\n    ui::{self, App},\n};",
            1
        ),
        hit(3, "crate::ui")
    );
    assert_eq!(
        boundary_offences("use super::super::ui::App;", 2),
        hit(1, "crate::ui")
    );
    assert_eq!(
        boundary_offences("use super::pdf;", 1),
        hit(1, "crate::pdf")
    );
    assert_eq!(
        boundary_offences("use super::super::{cli};", 2),
        hit(1, "crate::cli")
    );
}

#[test]
fn mentions_siblings_and_longer_names_are_not_caught() {
    let clean = |source: &str, depth: usize| {
        let hits = boundary_offences(source, depth);
        assert!(hits.is_empty(), "{source}: {hits:?}");
    };
    clean("// the editor (crate::ui) draws this", 1);
    clean("/// See [`crate::pdf::export`].\nfn f() {}", 1);
    clean("/* crate::cli /* nested */ crate::ui */ fn f() {}", 1);
    clean(
        r##"let s = "crate::ui"; let r = r"crate::pdf"; let h = br#"crate::cli"#;"##,
        1,
    );
    clean(
        "let c = '\"'; let s = \"crate::ui\"; fn f<'a>(x: &'a str) {}",
        1,
    );
    clean(
        "use crate::uix; use crate::kit::ui; use crate::model::pdf;",
        1,
    );
    clean("use super::ui;", 2); // a sibling of this module, not the crate's ui
    clean("use crate::{model::{pdf, ui}, format};", 1);
    clean("pub(crate) fn ui() {}", 1);
}
