//! The library's modules import only the layers before their own.
//!
//! The order is the numbered list under "## Layers" in docs/architecture.md: the document
//! states it and this test holds the code to it, so neither can drift from the other. Every
//! `.rs` file of the library is tokenised (proc-macro2, the tokenizer the Rust compiler's
//! macros use) and each path that names another top-level module — `crate::x`, `super::x`
//! reaching the crate root, the crate root's re-exports and `#[macro_export]` macros — is an
//! import of that module. A module may import itself and any module of an earlier layer;
//! anything else is reported at its file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// One import that runs against the layer order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct BackImport {
    file: PathBuf,
    line: usize,
    from: String,
    to: String,
    from_layer: usize,
    to_layer: Option<usize>,
}

impl fmt::Display for BackImport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_layer {
            Some(to_layer) => write!(
                f,
                "{}:{}: `{}` (layer {}) imports `{}` (layer {}), which comes {} it",
                self.file.display(),
                self.line,
                self.from,
                self.from_layer + 1,
                self.to,
                to_layer + 1,
                if to_layer == self.from_layer {
                    "beside"
                } else {
                    "after"
                },
            ),
            None => write!(
                f,
                "{}:{}: `{}` imports `{}`, which is in no layer of docs/architecture.md",
                self.file.display(),
                self.line,
                self.from,
                self.to
            ),
        }
    }
}

/// The layers, in order: the backticked module names of each numbered item under
/// "## Layers" (the text before an em dash, so a description can name modules freely).
fn layers(architecture: &str) -> Vec<Vec<String>> {
    let mut in_layers = false;
    let mut layers = Vec::new();
    for line in architecture.lines() {
        if line.starts_with("## ") {
            in_layers = line.trim() == "## Layers";
            continue;
        }
        let Some((number, rest)) = line.split_once(". ") else {
            continue;
        };
        if !in_layers || number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let names = rest.split(" — ").next().unwrap_or_default();
        let modules: Vec<String> = names
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        assert!(
            !modules.is_empty(),
            "docs/architecture.md: layer `{line}` names no module in backticks"
        );
        layers.push(modules);
    }
    layers
}

/// Where each top-level module of the library lives, and which module each name the crate
/// root makes visible (a re-export, an exported macro) belongs to.
struct Crate {
    modules: BTreeSet<String>,
    root_names: BTreeMap<String, String>,
}

fn crate_of(src: &Path) -> Crate {
    let lib = fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    let mut modules = BTreeSet::new();
    let mut root_names = BTreeMap::new();
    let tokens: Vec<TokenTree> = tokenise(&lib).into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        let (TokenTree::Ident(keyword), Some(TokenTree::Ident(name))) = (token, tokens.get(i + 1))
        else {
            continue;
        };
        if keyword == "mod" {
            modules.insert(name.to_string());
        }
        if keyword == "use" {
            // `pub use module::{A, B};` or `pub use module::A;`
            let mut names = Vec::new();
            for tree in &tokens[i + 2..] {
                match tree {
                    TokenTree::Punct(p) if p.as_char() == ';' => break,
                    TokenTree::Group(g) => names.extend(idents_at_top(g.stream())),
                    TokenTree::Ident(ident) => names = vec![ident.to_string()],
                    TokenTree::Punct(_) | TokenTree::Literal(_) => {}
                }
            }
            for exported in names {
                root_names.insert(exported, name.to_string());
            }
        }
    }
    for file in rust_files(src) {
        let Some(module) = module_of(src, &file) else {
            continue;
        };
        let text = fs::read_to_string(&file).unwrap();
        let tokens: Vec<TokenTree> = tokenise(&text).into_iter().collect();
        for (i, token) in tokens.iter().enumerate() {
            if let (TokenTree::Ident(rules), Some(TokenTree::Punct(bang)), Some(name)) =
                (token, tokens.get(i + 1), tokens.get(i + 2))
            {
                if rules == "macro_rules" && bang.as_char() == '!' {
                    root_names.insert(name.to_string(), module.clone());
                }
            }
        }
    }
    Crate {
        modules,
        root_names,
    }
}

fn tokenise(text: &str) -> TokenStream {
    TokenStream::from_str(text).expect("a library file that compiles tokenises")
}

/// The first identifier of each comma-separated item of a group (`{a, b::c}` → a, b).
fn idents_at_top(stream: TokenStream) -> Vec<String> {
    let mut names = Vec::new();
    let mut at_start = true;
    for tree in stream {
        match tree {
            TokenTree::Punct(p) if p.as_char() == ',' => at_start = true,
            TokenTree::Ident(ident) if at_start => {
                names.push(ident.to_string());
                at_start = false;
            }
            _ => at_start = false,
        }
    }
    names
}

fn rust_files(src: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(src)
        .into_iter()
        .map(|entry| entry.unwrap().into_path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

/// The top-level module a file belongs to: `src/x.rs` and `src/x/**` are `x`. The crate
/// root, the binary's files and the benchmark binaries belong to none.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main" | "bin" | "help" | "usage_error")).then(|| name.to_owned())
}

/// How deep a file's own module is below the crate root: `src/x.rs` and `src/x/mod.rs` are
/// 1, `src/x/y.rs` 2.
fn depth_of(src: &Path, file: &Path) -> usize {
    let relative = file.strip_prefix(src).unwrap();
    let parts = relative.components().count();
    if relative.ends_with("mod.rs") {
        parts - 1
    } else {
        parts
    }
}

/// Every top-level module a token stream names, with its line: paths starting at `crate`, or
/// at enough `super`s to reach the root from `depth`. Inline `mod x { … }` goes one deeper.
fn imports(stream: TokenStream, depth: usize, found: &mut Vec<(usize, String)>) {
    let trees: Vec<TokenTree> = stream.into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Ident(ident) if ident == "mod" => {
                if let (Some(TokenTree::Ident(_)), Some(TokenTree::Group(body))) =
                    (trees.get(i + 1), trees.get(i + 2))
                {
                    if body.delimiter() == Delimiter::Brace {
                        imports(body.stream(), depth + 1, found);
                        i += 3;
                        continue;
                    }
                }
            }
            TokenTree::Ident(ident) if ident == "crate" || ident == "super" => {
                let line = ident.span().start().line;
                let mut supers = 0;
                let mut j = i;
                let mut from_root = ident == "crate";
                if ident == "super" {
                    while let Some(TokenTree::Ident(s)) = trees.get(j) {
                        if s != "super" {
                            break;
                        }
                        supers += 1;
                        j += 3; // `super` `:` `:`
                    }
                    j -= 3;
                    from_root = supers == depth;
                }
                if from_root {
                    if let (Some(TokenTree::Punct(c)), Some(next)) =
                        (trees.get(j + 1), trees.get(j + 3))
                    {
                        if c.as_char() == ':' {
                            match next {
                                TokenTree::Ident(name) => found.push((line, name.to_string())),
                                TokenTree::Group(group) => found.extend(
                                    idents_at_top(group.stream())
                                        .into_iter()
                                        .map(|name| (line, name)),
                                ),
                                _ => {}
                            }
                        }
                    }
                }
                i = j + 1;
                continue;
            }
            TokenTree::Group(group) => imports(group.stream(), depth, found),
            _ => {}
        }
        i += 1;
    }
}

/// Every import in `src` against the layers, and the module graph's edges.
fn check(src: &Path, layers: &[Vec<String>]) -> (Vec<BackImport>, BTreeSet<(String, String)>) {
    let krate = crate_of(src);
    let layer_of = |module: &str| layers.iter().position(|l| l.iter().any(|m| m == module));
    for module in &krate.modules {
        assert!(
            layer_of(module).is_some(),
            "src/lib.rs declares `mod {module}`, which no layer of docs/architecture.md names"
        );
    }
    let mut back = BTreeSet::new();
    let mut edges = BTreeSet::new();
    for file in rust_files(src) {
        let Some(from) = module_of(src, &file) else {
            continue;
        };
        let from_layer = layer_of(&from).expect("every module has a layer");
        let mut found = Vec::new();
        imports(
            tokenise(&fs::read_to_string(&file).unwrap()),
            depth_of(src, &file),
            &mut found,
        );
        for (line, name) in found {
            let to = if krate.modules.contains(&name) {
                name
            } else if let Some(module) = krate.root_names.get(&name) {
                module.clone()
            } else {
                continue; // `crate::` alone, `$crate` in a macro's own definition
            };
            if to == from {
                continue;
            }
            edges.insert((from.clone(), to.clone()));
            let to_layer = layer_of(&to);
            if to_layer.is_none_or(|to_layer| to_layer >= from_layer) {
                back.insert(BackImport {
                    file: Path::new("src").join(file.strip_prefix(src).unwrap()),
                    line,
                    from: from.clone(),
                    to,
                    from_layer,
                    to_layer,
                });
            }
        }
    }
    (back.into_iter().collect(), edges)
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn documented_layers() -> Vec<Vec<String>> {
    let architecture = fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    let layers = layers(&architecture);
    assert!(
        layers.len() >= 5,
        "docs/architecture.md has no numbered list of layers under `## Layers`"
    );
    layers
}

#[test]
fn every_module_imports_only_earlier_layers() {
    let (back, edges) = check(&root().join("src"), &documented_layers());
    let report: Vec<String> = back.iter().map(ToString::to_string).collect();
    assert!(
        back.is_empty(),
        "{} imports run against the layer order of docs/architecture.md:\n{}\n\nthe module graph:\n{}",
        back.len(),
        report.join("\n"),
        edges
            .iter()
            .map(|(from, to)| format!("{from} -> {to}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// A copy of `src/` with one import planted in the lowest layer's module fails the check,
/// naming the planted file and line, and so does a `super::` path and a grouped import.
#[test]
fn a_planted_back_import_is_reported_at_its_file_and_line() {
    let layers = documented_layers();
    let lowest = &layers[0][0];
    let highest = layers.last().unwrap()[0].clone();
    let copy = tempfile::tempdir().unwrap();
    for file in rust_files(&root().join("src")) {
        let relative = file.strip_prefix(root().join("src")).unwrap();
        let target = copy.path().join(relative);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::copy(&file, &target).unwrap();
    }
    let (before, _) = check(copy.path(), &layers);
    assert!(before.is_empty(), "the copy starts clean: {before:?}");

    let lowest_file = ["mod.rs", ""]
        .iter()
        .map(|end| {
            if end.is_empty() {
                copy.path().join(format!("{lowest}.rs"))
            } else {
                copy.path().join(lowest).join(end)
            }
        })
        .find(|path| path.is_file())
        .expect("the lowest layer's module file");
    let mut text = fs::read_to_string(&lowest_file).unwrap();
    let planted_line = text.lines().count() + 3;
    text.push_str(&format!(
        "\n#[allow(unused_imports)]\nuse crate::{highest}::*;\n\
         mod planted {{\n    #[allow(unused_imports)]\n    use super::super::{{{highest}}};\n}}\n"
    ));
    fs::write(&lowest_file, text).unwrap();

    let (after, _) = check(copy.path(), &layers);
    let relative = Path::new("src").join(lowest_file.strip_prefix(copy.path()).unwrap());
    let lines: Vec<usize> = after.iter().map(|b| b.line).collect();
    assert_eq!(
        lines,
        [planted_line, planted_line + 3],
        "the two planted imports, and nothing else: {after:#?}"
    );
    let shown = after[0].to_string();
    assert_eq!(
        shown,
        format!(
            "{}:{planted_line}: `{lowest}` (layer 1) imports `{highest}` (layer {}), which comes after it",
            relative.display(),
            layers.len()
        )
    );
}

#[test]
fn the_layer_list_is_read_from_its_numbered_items() {
    let doc = "# A\n\n1. `x` — not `y`\n\n## Layers\n\n1. `model` — the types\n2. `load`, \
               `check` — peers, not `render`\n\n## Next\n\n3. `render` — elsewhere\n";
    assert_eq!(
        layers(doc),
        [
            vec!["model".to_owned()],
            vec!["load".into(), "check".into()]
        ]
    );
}
