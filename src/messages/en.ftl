# privatums's messages in English. Every id is also in lv.ftl; the code uses each one
# (src/messages/tests.rs). Messages are lowercase like a compiler's, hints say what to do.

## Labels and totals (src/diagnostic.rs)

label-error = error
label-warning = warning
label-hint = hint
build-failed = the build found { $shown } { $count ->
        [one] problem
       *[other] problems
    }; nothing was published
more-like-this = … and { $shown } more like this in { $file }: { $message }

## TOML and serde, reworded (src/diagnostic.rs)

date-out-of-range = the date { $date } is out of range: dates lie in the years { $from } to { $to }
date-does-not-exist = the date { $date } does not exist
date-hint = write the date as year-month-day, e.g. 2026-11-22
table-takes-no-keys = this table takes no keys; remove it
unknown-key = unknown key `{ $key }`
missing-key = missing required key `{ $key }`
missing-key-hint = add `{ $key } = …` to this table (see docs/content-model.md)
value-not-allowed = `{ $value }` is not one of the allowed values
invalid-type = { $detail }
wrong-kind = this key takes { $expected ->
        [text] text in double quotes
        [text-or-languages] text in double quotes, or {"{"} lv = "…", en = "…" {"}"}
        [phone] a phone number in double quotes, or a list of them
        [date] a date written year-month-day, without quotes (e.g. 2026-11-22)
        [list] a list in square brackets, e.g. ["…"]
        [boolean] true or false
        [table] a table
       *[number] a number
    }
invalid-type-hint-text = write the value as text in double quotes, e.g. "67223131"
invalid-type-hint = see docs/content-model.md for the type this key takes
duplicate-key = duplicate key
duplicate-key-hint = each key may appear once in a table; remove or rename one
invalid-toml = invalid TOML: { $detail }
invalid-toml-hint = check the TOML syntax: `key = value` one per line, text in double quotes, tables as [name]
did-you-mean-allowed = did you mean `{ $best }`? Allowed { $what ->
        [value] values
        [file-name] file names
        [rule] rules
        [block] blocks
       *[key] keys
    } here: { $list }
allowed-here = allowed { $what ->
        [value] values
        [file-name] file names
        [rule] rules
        [block] blocks
       *[key] keys
    } here: { $list }
missing-key-hint-at = add `{ $key } = …` { $place ->
        [top] at the top of the file, above the first [table]
        [front-matter] to the front matter between the +++ lines
       *[table] to this table
    } (see docs/content-model.md)
missing-key-hint-documented = { $hint }. `{ $key }`: { $what }

## Loading (src/load/)

todo-in-text = the text still has a TODO marker
todo-in-text-hint = replace the TODO and its note with the institution's own text in { $language ->
        [lv] Latvian
       *[en] English
    }
todo-in-value = `{ $key }` still has a TODO marker
todo-in-value-hint = replace the TODO with the institution's { $language ->
        [lv] value in Latvian
        [en] value in English
       *[none] value
    } (the comment above the line says what goes here; see docs/content-model.md)

## The check report (src/check/report.rs)

report-platform = platform
check-summary = check: { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    } in { $institutions } { $institutions ->
        [one] institution
       *[other] institutions
    }
check-sources-failed = check: { $errors } { $errors ->
        [one] error
       *[other] errors
    } in the sources; fix them so the pages can be checked
root-not-a-folder = the site root is not a folder
root-not-a-folder-hint = run privatums in the folder that holds platform.toml, or pass --root DIR
file-not-found = file not found
file-not-found-hint = create { $file }
not-a-file = expected a file, found { $found ->
        [fifo] a named pipe (FIFO)
        [socket] a socket
        [device] a device
        [folder] a folder
       *[special] a special file
    }
not-a-file-hint = replace it with an ordinary text file
io-error = could not read it: { $detail }
line-too-long = line { $line } is longer than { $limit } characters
line-too-long-hint = break the text into paragraphs (an empty line between them), or remove what was pasted by mistake
file-too-big = the file is { $size }; a file of the site may be at most { $limit }
file-too-big-hint = a section is a few pages of text: remove what was pasted by mistake, or split the file into sections
symlink-refused = symbolic links are not allowed in the site
symlink-refused-hint = replace the link with a copy of the file it points to
not-utf8 = the file is not UTF-8 text: byte { $offset } ({ $byte }) is not valid UTF-8
not-utf8-hint = save the file with UTF-8 encoding (in most editors: Save as… → Encoding: UTF-8)
forbidden-character = the text holds { $kind ->
        [nul] a NUL character
        [escape] a terminal escape character (ESC)
        [carriage-return] a carriage return without a line break
        [private-use] a private-use character
        [bidirectional] a bidirectional text override
       *[control] an invisible control character
    } ({ $code }){ $more ->
        [0] {""}
        [one] {" "}(and 1 more such character in this file)
       *[other] {" "}(and { $more } more such characters in this file)
    }
forbidden-character-hint = { $kind ->
        [private-use] private-use characters have no meaning outside one font and are never part of a policy; delete it (it often comes with text copied from a PDF)
        [bidirectional] it makes text show in another order than it is written; delete it
        [carriage-return] save the file with ordinary line endings (LF or CRLF)
       *[other] delete it: it is invisible and is never part of a policy (copied text sometimes carries one)
    }
duplicate-id = duplicate { $what } id `{ $id }`
duplicate-id-hint = { $file } already uses this id; ids must be unique on a page, so rename one of them
missing-translation = { $what } `{ $id }` exists in `{ $has }` but not in `{ $lacks }`
missing-translation-hint = create { $file } with `id = "{ $id }"`, translating this file (or delete this file if the { $what } is gone)
no-such-theme = there is no theme `{ $theme }`
no-such-theme-hint = create { $folder } or set `theme = "default"`
theme-without-page = the theme has no `page.html` template
theme-without-page-hint = restore themes/default/ from the repository
no-front-matter = the file has no front matter
no-front-matter-hint = start the file with a `+++` line, the section's `id`, `title` and `order`, and another `+++` line
front-matter-not-closed = the front matter is not closed
front-matter-not-closed-hint = add a line with `+++` after the front matter
platform-file-missing-hint = create platform.toml at the site root (see docs/content-model.md), or pass --root DIR
shared-content-missing = the shared content for `{ $language }` is missing
shared-content-missing-hint = create { $folder } with the platform policy in this language
not-a-cookie-category = `{ $name }` is not a cookie category
institution-not-loaded = the institution could not be loaded
slug-rename-folder-to = rename the folder to `institutions/{ $slug }`
slug-rename-folder = rename the folder using only a-z, 0-9 and `-`
misplaced-top-level-key-hint = `{ $key }` belongs to the institution, not to the table above it: move the line above the first `[table]` header of the file
too-many-files = the folder has { $files } Markdown files; it may have at most { $limit }
too-many-files-hint = a policy has a few dozen sections: remove the files that are not sections
slug-empty = the slug is empty
slug-invalid-characters = `{ $slug }` is not a valid slug: use only lowercase letters a-z, digits and `-`
slug-invalid-start = `{ $slug }` is not a valid slug: it must start with a letter or a digit
slug-reserved = `{ $slug }` is reserved for the platform's own pages
slug-use-instead = use `{ $slug }` instead
slug-use-instead-example = use only lowercase letters a-z, digits and `-`, e.g. `valsts-policija`
section-id-invalid = `{ $id }` is not a valid section id
section-id-invalid-hint = use only a-z, 0-9 and `-`, e.g. `{ $example }`
parameter-name-invalid = `{ $name }` is not a valid parameter name
parameter-name-invalid-hint = use only a-z, 0-9 and `_`, e.g. `contact_email`
generated-section-placed = `{ $id }` is a generated section, so this file can't set its title or order
generated-section-placed-hint = remove `title` and `order` to add this text to the end of the generated `{ $id }` section, or give the file another id to make a section of its own
missing-key-hint-section = add `{ $key } = …` to the front matter; to extend a generated section instead, use one of these ids: { $ids }
html-loads-elsewhere = `<{ $element }>` would load something from another address
html-loads-elsewhere-hint = a privacy page loads nothing from elsewhere: show an image of the site as ![description](file.png), link to anything else with [text](https://…)
too-many-in-file = the file has more than { $limit } { $what ->
        [headings] headings
        [footnotes] footnotes
       *[images] images
    }
too-many-in-file-hint = a section of a privacy policy needs far fewer: remove what was pasted by mistake, or split the text into sections
more-problems-in-file = and { $count } more problems like these in this file
more-problems-in-file-hint = fix the ones above first; the rest are likely the same mistake
image-elsewhere = the image `{ $image }` would be loaded from another site
image-elsewhere-hint = a privacy page loads nothing from elsewhere: the other site would learn of every visitor. Save the image next to this file and write ![description](name.png), or link to it with [text](https://…)
image-name-not-plain = `{ $image }` is not a plain file name of the site
image-name-not-plain-hint = name image files with a-z, A-Z, 0-9, `-`, `_` and `.`, and keep them in this file's folder or one below it, e.g. ![description](img/map.png)
image-format-unknown = `{ $image }` is not a PNG, JPEG, GIF or WebP image
image-format-unknown-hint = save the image as .png, .jpg, .gif or .webp (SVG can hold script, so it is not accepted)
image-too-big = the image `{ $image }` is { $size } KB; an image may be at most { $limit } KB
image-too-big-hint = make the image smaller (fewer pixels, or JPEG for photographs)
image-not-found = the image `{ $image }` is not in { $folder }
image-not-found-hint = save the image file there, or correct its name
image-unreadable-hint = save the image as an ordinary file
image-format-mismatch = `{ $image }` is not the { $format } image its name says
image-format-mismatch-hint = save the image again in the format its name ends with
more-findings-like-this = … and { $shown } more [{ $rule }] like this in { $file }
## Validation (src/validate.rs)

not-a-web-address = `{ $url }` is not a web address
not-a-web-address-hint = write the full address starting with https://, e.g. "https://www.example.gov.lv"
favicon-not-in-theme = the theme has no file `{ $file }` for the favicon
favicon-not-in-theme-hint = name a file in the theme's static/ folder; it has: { $files }
languages-invalid = `languages` must list each supported language once
languages-invalid-hint = write `languages = ["lv", "en"]`; the first one is the default
requests-no-way = `[requests]` gives no way to submit a request
requests-no-way-hint = add at least one of `post`, `email`, `e_address = true` or `in_person`
no-such-rule = there is no check rule `{ $rule }`
silence-inferred = the rule `inferred` cannot be silenced
silence-inferred-hint = a value marked `inferred` waits for the institution's confirmation: once it has confirmed it, remove the value's `inferred = "…"`; if it does not confirm it, delete the value
inferred-value = { $purpose ->
    [none] `{ $key }`
   *[other] `{ $key }` of purpose `{ $purpose }`
} is inferred, not the institution's own words, so it is not published: { $reason }
inferred-value-hint = ask the institution's data protection officer to confirm it; once confirmed, remove `inferred = "…"` and it is published from the next build; if not, delete it
silence-without-reason = silencing `{ $rule }` needs a reason
silence-without-reason-hint = write why the rule does not apply here in `reason = "…"`
no-purposes = no purposes of processing
no-purposes-hint = add a `[[purposes]]` table with `description` and `legal_bases`
purpose-without-legal-basis = purpose `{ $id }` has no legal basis
purpose-without-legal-basis-hint = give each purpose at least one GDPR Art. 6(1) point, e.g. `legal_bases = ["e"]`, or give the general list `[legal_bases]` with `bases = [...]`
purpose-basis-only-inferred-hint = the purpose's only basis is marked `inferred`, so it is not published; once the institution has confirmed it, remove `inferred`, or give the institution's general list `[legal_bases]`
general-legal-bases-empty = the general list of legal bases `[legal_bases]` names no basis
purpose-basis-not-in-list = the basis "{ $basis }" of purpose `{ $id }` is not in the institution's general list `[legal_bases]`
purpose-basis-not-in-list-hint = add "{ $basis }" to `bases` of `[legal_bases]` or take it out of the purpose — the page cannot say two things
section-id-shared = section id `{ $id }` is already used by the shared platform content
section-id-shared-hint = rename it, e.g. `{ $example }`
block-twice = block `{ $block }` is added twice
block-twice-hint = remove the second `[[blocks]]` entry
no-such-block = there is no shared block `{ $block }`
block-parameter-missing = block `{ $block }` needs the parameter `{ $parameter }`
block-parameter-missing-hint = add `{ $parameter } = {"{"} lv = "…", en = "…" {"}"}` to this block's `params` (see { $file })
did-you-mean = did you mean `{ $best }`?
block-takes-no-parameters = block `{ $block }` takes no parameters; remove `params`
block-takes-parameters = block `{ $block }` takes: { $parameters }
block-parameter-unknown = block `{ $block }` has no parameter `{ $parameter }`
purpose-id-invalid = `{ $id }` is not a valid purpose id
purpose-id-invalid-hint-instead = write `id = "{ $id }"`: lowercase letters a-z, digits and `-`
purpose-id-invalid-hint = use lowercase letters a-z, digits and `-`, e.g. `id = "video"`
purpose-id-twice = two purposes have the id `{ $id }`
purpose-id-twice-hint = give each purpose its own id; it is the purpose's address on the page (#purpose-<id>)
register-without-data = a register does not say which personal data it holds
register-without-data-hint = add `data_categories = {"{"} lv = "…", en = "…" {"}"}`, or `data_categories_in_legal_acts = true` when its legal acts listed here define them
right-twice = the right `{ $right }` is described twice
right-twice-hint = merge the two `[[rights]]` entries into one
right-not-applicable-needless = the GDPR does not usually give the right `{ $right }` for these legal bases, so it needs no `not_applicable`
right-not-applicable-needless-hint = remove this `[[rights]]` entry
right-explained-and-not-applicable = the right `{ $right }` has both `explanation` and `not_applicable`
right-explained-and-not-applicable-hint = keep `not_applicable` (why the right does not apply) or `explanation` (how it applies here), not both
canonical-clash-platform = the platform's own page (`base_url` in platform.toml)
canonical-clash-institution = institution `{ $slug }`
canonical-url-taken = this page's canonical URL `{ $url }` is already that of { $owner }
canonical-url-taken-hint = each page needs its own address: give the institution's own website here, or move the platform's page (`base_url` in platform.toml)
copied-website-hint = a folder copied from institutions/{ $slug }/ keeps its values: write your own institution's website here
copied-registration-number = the registration number { $number } is institution `{ $slug }`'s
copied-registration-number-hint = a folder copied from institutions/{ $slug }/ keeps its values: write your own institution's number from the register of state institutions (11 digits)
## Check rules (src/check/)

registration-number-length = `{ $number }` is not a registration number: it needs 11 digits
registration-number-check-digit = `{ $number }` is not a registration number: its check digit does not match
registration-number-hint = copy the number from the Register of Enterprises (www.ur.gov.lv), e.g. "90000050138"
phone-glued-to-email = the phone number `{ $phone }` is glued to the e-mail address `{ $email }`
phone-glued-to-email-hint = put a comma or a line break between { $phone } and { $email }
emails-run-together = `{ $email }` is two e-mail addresses run together
emails-run-together-hint = separate the addresses with a space or a comma, or keep only one
email-invalid = `{ $email }` is not an e-mail address
email-invalid-hint = write it as name@domain.lv
phone-invalid = `{ $phone }` is not a Latvian phone number
phone-invalid-hint = write 8 digits starting with 2, 6, 7 or 8, optionally after +371, e.g. "67223131"
http-link = `{ $link }` is not a secure (https://) address
http-link-hint = write { $link }, and check that the page opens
postal-code-invalid = `{ $code }` is not a Latvian postal code
postal-code-invalid-hint = write `LV-` and four digits, e.g. "{ $example }"

# src/check/contacts.rs
stale-contact = `{ $written }` is { $what ->
        [former] a former
       *[other] not the
    } { $kind ->
        [address] address
        [postal-code] postal code
        [phone] phone number
       *[email] e-mail address
    } of { $name }
stale-contact-hint = write "{ $current }" (as in platform.toml){ $party ->
        [authority] , or leave the authority's contacts to the page's complaint section
       *[controller] {""}
    }

# src/check/notices.rs
notice-incomplete = the notices of purpose `{ $id }` need { $what ->
        [retention] a retention period
        [description] a description of the purpose
        [legitimate-interests] the legitimate interests (the purpose relies on GDPR Art. 6(1)(f))
       *[dpo] the data protection officer's contact
    }
notice-incomplete-hint = { $what ->
        [retention] write the purpose's `retention` in both languages; a `{ $code }` notice shows it
        [description] write the purpose's `description` in both languages
        [legitimate-interests] add `legitimate_interests` to institution.toml: the interests the institution pursues
       *[dpo] give `email` under [data_protection_officer]
    }

# src/check/elements.rs, src/check/substance.rs
gdpr-element = Art. { $article } { $what }
gdpr-element-what = { $what ->
        [controller-identity] controller identity and contacts
        [dpo-contacts] data protection officer's contacts
        [purposes] purposes and legal basis
        [legitimate-interests] legitimate interests (when a purpose uses Art. 6(1)(f))
        [recipients] recipients
        [transfers] third-country transfers and safeguards
        [retention] retention period or criteria
        [rights] data subject's rights
        [withdraw-consent] withdrawing consent (when a purpose uses Art. 6(1)(a))
        [complaint] complaint to the supervisory authority
        [statutory-requirement] whether providing data is a statutory or contractual requirement
        [automated-decisions] automated decision-making and profiling
        [data-categories] categories of personal data
       *[data-source] source of data not collected from the person
    }
gdpr-element-missing = the page does not give GDPR { $element }
gdpr-element-weak = the page does not really give GDPR { $element }: { $why }
gdpr-element-hint = { $how ->
        [rights] add a `[[rights]]` table, `right = "access"`, for each right of the data subject the institution's policy names; the page lists only these
        [withdraw-consent] add `[[rights]] right = "withdraw-consent"`
        [data-categories] give the purposes `data_categories = {"{"} lv = "…", en = "…" {"}"}`
        [data-source] give the purposes `source = {"{"} lv = "…", en = "…" {"}"}`
        [key] add `{ $key } = {"{"} lv = "…", en = "…" {"}"}` at the top of institution.toml
       *[other] add the information
    }, or add `covers = ["{ $article }"]` to the front matter of the section that gives it
block-element-missing = block `{ $block }` does not give GDPR { $element }
block-element-missing-hint = write it into the block and add "{ $article }" to `covers` in the front matter
weak-retention = the retention of purpose `{ $id }` { $why }
weak-right-reason = the right `{ $right }` applies to the legal bases used, and the reason it is left out { $why }
weak-register-no-data = the register `{ $register }` names no categories of personal data
weak-source-no-categories = purpose `{ $id }` gets its data from elsewhere (`source`) but names no `data_categories`
weak-key = `{ $key }` { $why }
weak-text-short = is shorter than a sentence ("{ $text }")
weak-text-same = is the same text as `{ $key }`
## Output and build (src/output/, src/build.rs, src/scaffold.rs)

out-refused-hint = choose an output folder of its own outside content/, institutions/ and themes/, e.g. --out public
out-contains-sources = the output folder contains the site's sources: building would delete them
out-is-platform-file = the output folder is `platform.toml`, a source file: building would replace it
out-inside-sources = the output folder is inside `{ $source }/`, the site's sources: building would replace them
out-is-a-file = the output is a file, not a folder: building would replace it
out-is-a-file-hint = choose a new or empty folder, e.g. --out public
out-holds-other-files = the output folder holds files privatums did not write: building would delete them
out-holds-other-files-hint = choose a new or empty folder; to replace everything in this one, pass --take-over
old-output-left = the new output is in place, but the previous one could not be removed: { $detail }
old-output-left-hint = delete that folder by hand
built = built { $pages } { $pages ->
        [one] page
       *[other] pages
    }{ $notices ->
        [0] {""}
        [one] {" "}and 1 notice page
       *[other] {" "}and { $notices } notice pages
    } for { $institutions } { $institutions ->
        [one] institution
       *[other] institutions
    } in { $seconds } s → { $out }
built-with-warnings = {" "}({ $warnings } check { $warnings ->
        [one] warning
       *[other] warnings
    }: run `privatums check`)
output-not-written = could not write the output: { $detail }
pages-not-removed = could not remove the pages: { $detail }
no-such-institution = there is no institution `{ $slug }`
no-such-institution-hint = pass the name of a folder in institutions/
created = created { $folder }/
created-next = next: replace every TODO in these files; `privatums serve` shows the page as you save
not-a-site-root = this is not a site root: there is no platform.toml
not-a-site-root-hint = run the command in the folder that holds platform.toml, or pass --root DIR
institution-exists = `{ $slug }` already exists
institution-exists-hint = edit the files in { $folder }, or choose another slug
like-missing = there is no institution `{ $slug }` to start from
like-missing-hint = give the folder name of an institution in institutions/, e.g. `--like pmlp`
like-unreadable = this institution.toml can't be read to copy it: { $detail }
not-created = could not create: { $detail }
## Command line and its help (src/main.rs, src/help.rs)

help-about = Builds the privacy pages of every institution on the Latvian unified website platform, in Latvian and English
help-lang = The language of messages, `lv` or `en` [default: the locale's (LANG=lv_LV.UTF-8 is Latvian), else English]
lang-invalid = use `lv` or `en`
help-root = The site root, holding platform.toml, content/, themes/ and institutions/ [default: .]
help-take-over = Replace an --out folder that holds files privatums did not write (they are deleted). Never needed for a folder privatums built
help-build = Build every page into the output folder (replaced only if the build succeeds)
help-build-out = The output folder [default: ROOT/public]
help-build-only = Build only this institution and replace only its folder in the output
help-no-precompress = Don't write the Brotli and gzip copies (`index.html.br`, `.gz`) of text files
help-serve = Serve the site on this computer and rebuild each page as its files are saved
help-serve-out = The output folder [default: a temporary folder, removed on exit]
help-port = The port; a free one is used when it is taken [default: { $port }]
help-interface = The address to listen on; only this computer can connect by default [default: { $interface }]
help-check = Check every page for GDPR completeness and common mistakes; writes nothing
help-format = How to report: `human` for people, or `json` for CI (schema in docs/checks.md) [default: human]
help-strict = Treat warnings as errors
help-release = Record a new version of every policy page whose text changed since its last recorded version (in `institutions/SLUG/versions/` and `content/versions/`)
help-release-only = Record only this institution's page
help-schema = Write the JSON Schemas of institution.toml, platform.toml and policy.json
help-schema-out = The folder to write them to [default: docs/schema]
help-new = Start something new from a skeleton
help-new-institution = Create institutions/SLUG/ with institution.toml and its sections, marked TODO
help-slug = The folder name: lowercase letters a-z, digits and `-`
help-new-root = The site root, holding platform.toml [default: .]
help-help = Print help
help-version = Print version
help-help-command = Print this message or the help of the given subcommand(s)
help-usage = Usage:
help-options = Options
help-arguments = Arguments
help-commands = Commands
schema-written = wrote { $file }
schema-not-written = could not write the schemas to { $folder }: { $detail }

## serve (src/serve/)

serve-root-not-a-folder = the site root { $root } is not a folder
serve-out-refused = --out { $out }: { $problem }
serve-no-folder = could not create a folder: { $detail }
serve-no-start = could not start: { $detail }
serve-no-watch = could not watch the site's files: { $detail }
serve-stopped = stopped
serve-failed = the server failed: { $detail }
serve-no-listen = could not listen on { $address }: { $detail }
serve-no-listen-hint = choose another --interface, or leave it out to serve on this computer only
serve-port-taken = port { $port } is taken; using a free one
serve-folder-not-watched = could not watch a folder: { $detail }
serve-watch-failed = watching the files: { $detail }
serving = serving { $root } at { $url } (pages in { $out }); Ctrl-C stops
serve-pages-removed = removed its pages
serve-wrong-host = privatums serve answers only requests for { $url } (this request named { $host }).
serve-no-host = privatums serve answers only requests for { $url } (this request named no host).
serve-too-many-listeners = privatums serve: { $count } pages are already listening for rebuilds; close some tabs. Pages are still served, without reloading by themselves.
serve-problems-title = The site has problems
serve-problems-intro = privatums could not rebuild the site. Fix the problems below and save: this page reloads by itself. Until then the last good pages stay in the output folder.
serve-not-found-title = No page here
serve-not-found = There is no page at this address.
serve-index-link = The index of institutions links to every page.
## Rendering (src/render/, src/merge/, src/notices/)

placeholder-hint = placeholders are listed in docs/content-model.md ("Placeholders in shared content"); text about the institution goes inside `{"{"}% if institution %{"}"} … {"{"}% endif %{"}"}`
placeholder-syntax = placeholder syntax error: { $detail }
placeholder-unknown = unknown placeholder `{ $placeholder }`
placeholder-error = { $detail }
template-error = template error: { $detail }
template-error-hint = fix the theme template; the Tera syntax is described at keats.github.io/tera
theme-string-missing = the theme has no `{ $key }` text for `{ $language }`
theme-string-missing-hint = add it under [{ $language }] in the theme's strings.toml
template-sections-not-once = the page template does not show each section's HTML exactly once
template-sections-not-once-hint = print `{"{{"} section.html | safe {"}}"}` once inside `{"{"}% for section in sections %{"}"}`, and nowhere else
qr-code-too-long = the address { $url } does not fit in a QR code: { $detail }
qr-code-too-long-hint = shorten the institution's `website` or the purpose's `id`
heading-twice = the heading “{ $heading }” is on the { $page } page twice
heading-twice-hint = the other one is at { $place }; give this one a title of its own, or say what it says in the other section
date-day-first = the date `{ $date }` is not written year-month-day
date-day-first-hint = write `{ $iso }` (TOML reads dates written year-month-day, without quotes)

## Checks of the texts and pages (src/check/)

updated-before-platform = `updated = { $date }` is older than the platform policy it is merged with (published { $published })
updated-long-ago = `updated = { $date }` is more than two years old: the page looks unmaintained
updated-hint = review the institution's part against the current platform policy, then write the date of that review
section-empty = the section has no text
section-empty-hint = write the section's text below the front matter, or delete the file
placeholder-in-institution = placeholders are not filled in an institution's sections
placeholder-in-institution-hint = write the value itself; placeholders work only in the platform's shared content
link-invalid = `{ $link }` is not a valid web address: { $detail }
link-invalid-hint = check the address
link-not-full = `{ $link }` is not a full web address
link-not-full-hint = write links as full addresses starting with https://
mixed-script = `{ $word }` mixes Latin with Cyrillic or Greek letters
mixed-script-hint = retype the word on a Latin keyboard
untranslated-text = this text is the same in Latvian and English
untranslated-text-hint = write the English text: {"{"} lv = "…", en = "…" {"}"} in TOML, or translate the file in en/
paragraph-repeated = this paragraph is already on the page
paragraph-nearly-repeated = this paragraph says nearly the same as another on the page
paragraph-repeated-hint = it repeats { $place }; keep one, or say what is different
page-unreadable = the page could not be read: { $detail }
broken-anchor = the link `{ $link }` has no target on this page
broken-anchor-hint = link to a section id (e.g. `#rights`) or a heading's anchor (`#<section>--<heading>`)
updated-in-future = `updated = { $date }` is in the future
link-goes-nowhere = the link `{ $link }` goes nowhere
link-goes-nowhere-hint = give the link its address, or write the text without a link
mailto-invalid-hint = check the address after mailto:
authority-legitimate-interest = purpose `{ $id }` rests on legitimate interests (GDPR Art. 6(1)(f)) alone, which a public authority may not use for processing in the performance of its tasks (Art. 6(1), last subparagraph)
authority-legitimate-interest-hint = if `{ $id }` is part of the institution's tasks, give its real basis in `legal_bases` ("e" or "c") and the law in `legal_acts`; if it is not (for example protecting the institution's own premises), say so: add [[silence]] with rule = "{ $rule }" and that reason
unlisted-right = purpose `{ $id }` rests on { $bases }, for which the GDPR usually gives the right `{ $right }`, but `[[rights]]` does not list it; the page lists only the rights in `[[rights]]`
unlisted-right-hint = if the right applies, add `[[rights]]` with `right = "{ $right }"`; if it does not, add it with `not_applicable = {"{"} lv = "…", en = "…" {"}"}` and the reason, which the page shows; if the institution's policy is silent on it on purpose, add [[silence]] with rule = "{ $rule }" and the reason

## versions (src/versions/)

versions-owner-platform = the platform
versions-owner-institution = { $slug }
record-stray-file = this file is not part of the release record
record-stray-file-hint = { $folder } holds one folder per version (`2026-11-22/`) written by `privatums release`: remove the file
version-stray-file-hint = a version's folder holds `version.toml` and `lv.txt`/`en.txt`: remove the file
version-manifest-missing-hint = a version's folder must hold the `version.toml` `privatums release` wrote: restore it from git
version-date-changed = version { $version } says its date is { $date }: a recorded version was changed
version-date-changed-hint = restore the version from git; a new version is recorded with `privatums release`
version-text-missing-hint = version { $version } recorded the { $language } text in this file: restore it from git
version-chain-broken = version { $version } ({ $language }) does not follow the version recorded before it: a past version was removed or changed
version-text-changed = the { $language } text of version { $version } was changed after it was recorded: it does not match its hash
version-restore-hint = restore the record from git (`git checkout -- { $folder }`): recorded versions are never edited or removed; a change is recorded as a new version with `privatums release`
draft-not-marked = the draft could not be marked on its page: { $detail }
version-date-unchanged = the { $language } page text differs from version { $version }, the last recorded, but `{ $key }` is still { $date }
version-date-unchanged-hint = a changed policy is a new version: set `{ $key }` to the date it is published and run `{ $command }`, or revert the change
version-unreleased = the { $language } page text has changes not recorded as a version (dated { $date })
version-never-recorded = the { $language } page has never been recorded as a version (it would be dated { $date })
version-unreleased-hint = run `{ $command }` and commit { $folder } and { $ledger } with the change
ledger-missing = the release record has versions but no ledger: which versions it holds can't be verified
ledger-missing-hint = run `privatums release` to write { $ledger }, or restore it from git, and commit it
ledger-record-twice = the ledger names the record { $folder } twice
ledger-restore-hint = restore { $ledger } and the record from git (`git checkout -- { $ledger }`): only `privatums release` writes them
ledger-version-gone = the record says version { $version } of { $owner } exists; its folder is gone
ledger-version-gone-hint = restore it from git (`git checkout -- { $folder }`): a recorded version is never removed
ledger-version-unnamed = version { $version } is not in the ledger: the ledger names a record's versions up to its latest
ledger-version-unnamed-hint = restore { $ledger } from git (a merge may have dropped the record's `[[record]]` or its `latest`): only `privatums release` writes it
record-copied = { $folder } is a copy of the release record { $other } ({ $count } versions): a record belongs to the page it was recorded for, and the ledger names this folder nowhere
record-copied-hint = delete { $folder }: this page's versions begin with its first `{ $release }`
record-not-in-ledger = { $folder } holds versions ({ $versions }) that the ledger names nowhere
record-not-in-ledger-hint = if the folder was copied from another institution, delete { $folder }; otherwise restore { $ledger } from git (a merge may have dropped its `[[record]]`): only `privatums release` writes it
ledger-head-differs = the ledger's { $language } hash for { $owner } is not that of its last recorded { $language } version ({ $version }): a recorded version was removed, replaced or changed
release-nothing = nothing to record: every page's text is its last recorded version
release-recorded = recorded { $folder } ({ $languages })
release-ledger-written = wrote { $ledger }, which says where each record ends: commit it
release-review = review the changes with `privatums serve`, then commit the new folders and { $ledger }
release-date-unchanged = the page text changed since version { $version }, but `{ $key }` is still { $date }
release-date-unchanged-hint = set `{ $key }` to the date the changed policy is published, then run `privatums release` again
release-write-failed = could not write the release record: { $detail }
lock-waiting = waiting for { $holder ->
        [release] another `privatums release` of this site (it holds { $folder }) to finish…
       *[build] another privatums build into { $folder } to finish…
    }
release-lock-failed = could not make sure no other `privatums release` runs on this site: { $detail }
release-lock-failed-hint = { $folder } must be a folder privatums can open: a release holds it for the whole of its run

## What the operating system said went wrong, as a detail (src/diagnostic/os.rs)
os-not-found = no such file or folder
os-permission-denied = permission denied
os-already-exists = it already exists
os-is-a-folder = it is a folder, not a file
os-not-a-folder = a part of the path is a file, not a folder
os-folder-not-empty = the folder is not empty
os-read-only = the disk is read-only
os-disk-full = the disk is full
os-quota-exceeded = the disk quota is used up
os-file-too-large = the file is too large for the disk
os-invalid-file-name = the file name is not allowed (too long, or a character the disk does not accept)
os-busy = another program is using it
os-invalid-data = the content is not valid (a text file must be UTF-8)
os-out-of-memory = not enough memory
os-address-in-use = another program is using the address
os-address-not-available = this computer has no such address
os-too-many-watches = the limit of folders one user may watch is reached (fs.inotify.max_user_watches)
os-other = { $detail }

## A command line clap could not make sense of (src/usage_error.rs)
usage-unknown-command = there is no command '{ $command }'
usage-unknown-argument = unexpected argument '{ $argument }'
usage-value-missing = '{ $argument }' needs a value, and none was given
usage-invalid-value = '{ $value }' is not a value '{ $argument }' takes
usage-invalid-value-because = '{ $value }' is not a value '{ $argument }' takes: { $reason }
usage-argument-missing = { $count ->
        [one] a required argument is missing
       *[other] required arguments are missing
    }: { $arguments }
usage-command-missing = '{ $command }' needs a command: { $commands }
usage-argument-repeated = '{ $argument }' can be given only once
usage-argument-conflict = '{ $argument }' cannot be used with '{ $other }'
usage-not-utf8 = an argument is not valid UTF-8 text
usage-similar-command = a similar command exists: '{ $command }'
usage-similar-argument = a similar option exists: '{ $argument }'
usage-similar-value = a similar value exists: '{ $value }'
usage-allowed-values = the values it takes: { $values }
usage-more = for more, see '{ $command } --help'
port-invalid = a port is a whole number from 0 to 65535
interface-invalid = give an IP address, such as 127.0.0.1 or ::1
usage-option-of-command = '{ $argument }' is an option of '{ $command }': put it after the command
