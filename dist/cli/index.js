#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Composer = composer.Composer;
exports.Document = Document.Document;
exports.Schema = Schema.Schema;
exports.YAMLError = errors.YAMLError;
exports.YAMLParseError = errors.YAMLParseError;
exports.YAMLWarning = errors.YAMLWarning;
exports.Alias = Alias.Alias;
exports.isAlias = identity.isAlias;
exports.isCollection = identity.isCollection;
exports.isDocument = identity.isDocument;
exports.isMap = identity.isMap;
exports.isNode = identity.isNode;
exports.isPair = identity.isPair;
exports.isScalar = identity.isScalar;
exports.isSeq = identity.isSeq;
exports.Pair = Pair.Pair;
exports.Scalar = Scalar.Scalar;
exports.YAMLMap = YAMLMap.YAMLMap;
exports.YAMLSeq = YAMLSeq.YAMLSeq;
exports.CST = cst;
exports.Lexer = lexer.Lexer;
exports.LineCounter = lineCounter.LineCounter;
exports.Parser = parser.Parser;
exports.parse = publicApi.parse;
exports.parseAllDocuments = publicApi.parseAllDocuments;
exports.parseDocument = publicApi.parseDocument;
exports.stringify = publicApi.stringify;
exports.visit = visit.visit;
exports.visitAsync = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./node_modules/@renovatebot/pep440/lib/operator.js
var operator_namespaceObject = {};
__nccwpck_require__.r(operator_namespaceObject);
__nccwpck_require__.d(operator_namespaceObject, {
  "!=": () => (ne),
  "<": () => (lt),
  "<=": () => (le),
  "==": () => (eq),
  "===": () => (arbitrary),
  ">": () => (gt),
  ">=": () => (ge),
  compare: () => (compare),
  eq: () => (eq),
  ge: () => (ge),
  gt: () => (gt),
  le: () => (le),
  lt: () => (lt),
  ne: () => (ne),
  rcompare: () => (rcompare)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse_parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify_stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const smol_toml_dist = ({ parse: parse_parse, stringify: stringify_stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./shared/config/config.ts
// ml-hub's own settings: `[tool.ml-hub]` in pyproject.toml or `.github/ml-hub.yml` (or a file named by the `config`
// input). One schema for both; keys are kebab-case. Wrong types are diagnostics with file and line, never throws.


const defaultConfig = () => ({ exclude: [], mapping: {}, ignoreUndeclared: [], ignoreUnused: [], firstParty: [], extra: {} });
const known = new Set(['exclude', 'python', 'mapping', 'ignore', 'first-party', 'fail-on', 'requirements']);
/** Finds and reads the settings: an explicit path first, then `.github/ml-hub.yml`/`.yaml`, then pyproject.toml. */
function loadConfig(reader, explicitPath) {
    const candidates = explicitPath ? [explicitPath] : ['.github/ml-hub.yml', '.github/ml-hub.yaml', 'pyproject.toml'];
    for (const file of candidates) {
        const text = reader.read(file);
        if (text === undefined) {
            if (explicitPath)
                return { config: defaultConfig(), diagnostics: [{ severity: 'error', code: 'config/missing', message: `config file ${file} does not exist`, file }] };
            continue;
        }
        const loaded = file.endsWith('.toml') ? fromPyproject(file, text) : fromYaml(file, text);
        if (loaded)
            return loaded;
    }
    return { config: defaultConfig(), diagnostics: [] };
}
function fromYaml(file, text) {
    const lineCounter = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter, prettyErrors: false });
    const diagnostics = doc.errors.map((e) => ({
        severity: 'error',
        code: 'config/syntax',
        message: e.message.split('\n')[0],
        file,
        line: lineCounter.linePos(e.pos[0]).line,
    }));
    if (diagnostics.length)
        return { config: { ...defaultConfig(), source: file }, diagnostics };
    let value;
    try {
        // Aliases can be unresolved or explode (billion laughs): toJS throws then, with no position.
        value = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (e) {
        return { config: { ...defaultConfig(), source: file }, diagnostics: [{ severity: 'error', code: 'config/syntax', message: e.message, file, line: 1 }] };
    }
    const lineOf = (key) => {
        const contents = doc.contents;
        if (!(0,dist.isMap)(contents))
            return undefined;
        const pair = contents.items.find((p) => p.key?.value === key);
        const node = (pair?.value ?? pair?.key);
        return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    };
    return interpret(file, value, lineOf);
}
function fromPyproject(file, text) {
    let data;
    try {
        data = parse_parse(text);
    }
    catch (e) {
        // A broken pyproject.toml is reported by the packaging parser; settings fall back to defaults.
        if (e instanceof TomlError)
            return undefined;
        throw e;
    }
    const section = data.tool?.['ml-hub'];
    if (section === undefined)
        return undefined;
    const lines = text.split('\n');
    const header = lines.findIndex((l) => /^\s*\[\s*tool\s*\.\s*(["']?)ml-hub\1\s*\]/.test(l));
    const lineOf = (key) => {
        if (header < 0)
            return undefined;
        for (let i = header + 1; i < lines.length && !/^\s*\[[^\]]/.test(lines[i]); i++) {
            if (new RegExp(`^\\s*["']?${key.replace(/[-]/g, '\\-')}["']?\\s*[=.]`).test(lines[i]))
                return i + 1;
        }
        return header + 1;
    };
    return interpret(file, section, lineOf);
}
function interpret(file, value, lineOf) {
    const config = { ...defaultConfig(), source: file };
    const diagnostics = [];
    const problem = (key, message, severity = 'error') => diagnostics.push({ severity, code: 'config/invalid', message: `${key}: ${message}`, file, line: lineOf(key) });
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        diagnostics.push({ severity: 'error', code: 'config/invalid', message: 'ml-hub settings must be a mapping of keys to values', file, line: 1 });
        return { config, diagnostics };
    }
    const settings = value;
    const strings = (key, v) => {
        if (v === undefined || v === null)
            return [];
        if (typeof v === 'string')
            return [v];
        if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            return v;
        problem(key, 'expected a string or a list of strings');
        return [];
    };
    for (const [key, v] of Object.entries(settings)) {
        if (!known.has(key)) {
            config.extra[key] = v;
            continue;
        }
        switch (key) {
            case 'exclude':
                config.exclude = strings(key, v);
                break;
            case 'python':
                if (typeof v === 'string' || typeof v === 'number')
                    config.python = String(v);
                else
                    problem(key, 'expected a version such as "3.11"');
                break;
            case 'first-party':
                config.firstParty = strings(key, v);
                break;
            case 'fail-on':
                if (v === 'never' || v === 'undeclared' || v === 'any')
                    config.failOn = v;
                else
                    problem(key, `expected never, undeclared or any, got ${JSON.stringify(v)}`);
                break;
            case 'mapping':
                if (typeof v !== 'object' || v === null || Array.isArray(v))
                    problem(key, 'expected a mapping of import names to distribution names');
                else
                    for (const [module, dist] of Object.entries(v))
                        config.mapping[module] = strings(`${key}.${module}`, dist);
                break;
            case 'ignore': {
                if (typeof v !== 'object' || v === null || Array.isArray(v)) {
                    problem(key, 'expected a mapping with `undeclared` and/or `unused` lists');
                    break;
                }
                const ignore = v;
                config.ignoreUndeclared = strings('ignore.undeclared', ignore.undeclared);
                config.ignoreUnused = strings('ignore.unused', ignore.unused);
                for (const k of Object.keys(ignore))
                    if (k !== 'undeclared' && k !== 'unused')
                        problem('ignore', `unknown key ${k}`, 'warning');
                break;
            }
            case 'requirements':
                config.requirements = readRequirements(v, (m) => problem('requirements', m));
                break;
        }
    }
    return { config, diagnostics };
}
const units = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };
/** `16GB`, `16 GiB`, `512mb`; a bare number means GiB (what people write for memory and disk). */
function parseSize(v) {
    if (typeof v === 'number' && v >= 0)
        return v * 2 ** 30;
    if (typeof v !== 'string')
        return undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?\s*$/i.exec(v);
    if (!m)
        return undefined;
    let unit = (m[2] ?? 'gib').toLowerCase();
    if (!unit.endsWith('b'))
        unit += 'b';
    const factor = units[unit];
    return factor === undefined ? undefined : Number(m[1]) * factor;
}
function readRequirements(v, problem) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        problem('expected a mapping with cpus, memory, gpu, disk, python');
        return undefined;
    }
    const r = v;
    const out = {};
    const count = (key) => {
        if (r[key] === undefined)
            return;
        if (typeof r[key] === 'number' && Number.isInteger(r[key]) && r[key] >= 0)
            out[key] = r[key];
        else
            problem(`${key} must be a whole number, got ${JSON.stringify(r[key])}`);
    };
    count('cpus');
    count('gpu');
    for (const key of ['memory', 'disk']) {
        if (r[key] === undefined)
            continue;
        const size = parseSize(r[key]);
        if (size === undefined)
            problem(`${key} must be a size such as "16GB", got ${JSON.stringify(r[key])}`);
        else
            out[key] = size;
    }
    if (r.python !== undefined)
        out.python = String(r.python);
    for (const k of Object.keys(r))
        if (!['cpus', 'memory', 'gpu', 'disk', 'python'].includes(k))
            problem(`unknown key ${k}`);
    return out;
}

;// CONCATENATED MODULE: ./shared/env/discover-packaging.ts
// Which files of a project are packaging files. Looked for at the project root and in a `requirements/` folder;
// files those include (`-r`, `conda_env:`) are followed by the parsers themselves, wherever they are.
const byName = {
    'environment.yml': 'conda',
    'environment.yaml': 'conda',
    'conda.yaml': 'conda',
    'conda.yml': 'conda',
    'setup.py': 'setup.py',
    'setup.cfg': 'setup.cfg',
    'pyproject.toml': 'pyproject',
    Pipfile: 'pipfile',
    'Pipfile.lock': 'pipfile.lock',
    MLproject: 'mlproject',
    'python_env.yaml': 'python-env',
    'python_env.yml': 'python-env',
    'runtime.txt': 'runtime.txt',
    '.python-version': 'python-version',
};
/** The kind of a root-relative path, or undefined when it is not a packaging file we read on our own. */
function packagingKindOf(relativePath) {
    const parts = relativePath.split('/');
    const name = parts[parts.length - 1];
    if (parts.length === 1) {
        if (name in byName)
            return byName[name];
        if (/^requirements.*\.(txt|in)$/i.test(name))
            return 'requirements';
        return undefined;
    }
    if (parts.length === 2 && parts[0] === 'requirements' && /\.(txt|in)$/i.test(name))
        return 'requirements';
    return undefined;
}
/** Packaging files among the given root-relative paths, in a stable order. */
function findPackagingFiles(paths) {
    const found = [];
    for (const p of paths) {
        const kind = packagingKindOf(p);
        if (kind)
            found.push({ path: p, kind });
    }
    return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./shared/diagnostics.ts
// Problems found in the user's files are values that carry their place (file, line), never thrown stack traces.
// Shells (actions, CLI) decide how to show them: annotations, summary rows, stderr lines.
/** A parse failure at a known place. Parsers throw it; callers turn it into a Diagnostic. */
class LocatedError extends Error {
    code;
    file;
    line;
    column;
    constructor(code, message, file, line, column) {
        super(message);
        this.code = code;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'LocatedError';
    }
    toDiagnostic(severity = 'error') {
        return { severity, code: this.code, message: this.message, file: this.file, line: this.line, column: this.column };
    }
}
/** `file:line: message`, the form compilers use, for terminals and error outputs. */
function formatDiagnostic(d) {
    const place = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
    return `${place}: ${d.severity}: ${d.message}`;
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/version.js
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return version_stringify(version_parse(version, cleanRegex));
}

function version_parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function version_stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function version_explain(version) {
  const parsed = version_parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: version_stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/operator.js




function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = version_parse(version);
  const parsedOther = version_parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function specifier_parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...version_explain(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = specifier_parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = version_explain(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = version_explain(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = operator_namespaceObject[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(specifier_parse(specifier));
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/index.js










;// CONCATENATED MODULE: ./shared/env/pep440.ts
// PEP 440 specifier clauses: the grammar pip 23.2 (packaging 21.3) uses to find and validate them, and the version
// arithmetic the drift engine needs (does a version satisfy a set, can two sets ever agree).

/** Python's `str.isspace()` set, which its `\s`, `str.strip()` and `str.split()` use; JavaScript's `\s` differs. */
const PY_SPACE_CHARS = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const S = `[${PY_SPACE_CHARS}]`;
const NOT_S = `[^${PY_SPACE_CHARS}]`;
const PRE = '(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const RELEASE = 'v?(?:[0-9]+!)?[0-9]+';
// packaging 21.3's Specifier._regex_str, alternation order and lookbehinds kept: pip finds where a clause ends by
// running it unanchored, so `~=1.0alpha1` stops after `a` exactly as it does in Python.
const PEP440_CLAUSE = '(?<operator>~=|==|!=|<=|>=|<|>|===)(?<version>' +
    [
        `(?<====)${S}*${NOT_S}*`,
        `(?<===|!=)${S}*${RELEASE}(?:\\.[0-9]+)*${PRE}${POST}(?:${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?|\\.\\*)?`,
        `(?<=~=)${S}*${RELEASE}(?:\\.[0-9]+)+${PRE}${POST}${DEV}`,
        `(?<!==|!=|~=)${S}*${RELEASE}(?:\\.[0-9]+)*${PRE}${POST}${DEV}`,
    ].join('|') +
    ')';
// LegacySpecifier: pip 23.2 still accepts any run of characters after a comparison operator (`==dev`, `>=1.0.*`).
const LEGACY_CLAUSE = `(?<operator>==|!=|<=|>=|<|>)${S}*(?<version>[^,;${PY_SPACE_CHARS})]*)`;
const pep440At = new RegExp(PEP440_CLAUSE, 'iy');
const legacyAt = new RegExp(LEGACY_CLAUSE, 'iy');
const pep440Whole = new RegExp(`^${S}*${PEP440_CLAUSE}${S}*$`, 'i');
const legacyWhole = new RegExp(`^${S}*${LEGACY_CLAUSE}${S}*$`, 'i');
/**
 * Where the clause starting at `pos` ends, or -1 when none starts there. Like pyparsing's `Or`, the longer of the
 * PEP 440 and legacy readings wins.
 */
function clauseEnd(text, pos) {
    let end = -1;
    for (const re of [pep440At, legacyAt]) {
        re.lastIndex = pos;
        const m = re.exec(text);
        if (m && pos + m[0].length > end)
            end = pos + m[0].length;
    }
    return end;
}
/** One comma-separated piece of a specifier set, as `SpecifierSet` reads it; undefined when it is neither kind. */
function parseClause(text) {
    const pep440 = pep440Whole.exec(text);
    const m = pep440 ?? legacyWhole.exec(text);
    if (!m?.groups)
        return undefined;
    const version = m.groups.version.replace(new RegExp(`^${S}+|${S}+$`, 'g'), '');
    return { operator: m.groups.operator, version, pep440: pep440 !== null };
}
/** Splits a specifier set (`>=1.2, <2`) into clauses the way `SpecifierSet` does; undefined when a piece is invalid. */
function parseSpecifierSet(specifier) {
    const clauses = [];
    for (const piece of specifier.split(',')) {
        if (!piece.replace(new RegExp(`${S}+`, 'g'), ''))
            continue;
        const clause = parseClause(piece);
        if (!clause)
            return undefined;
        clauses.push(clause);
    }
    return clauses;
}
function version(text) {
    const trimmed = text.trim();
    const info = valid(trimmed) ? version_explain(trimmed) : null;
    return info ? { text: trimmed, info } : undefined;
}
const cmp = (a, b) => Math.sign(compare(a, b));
/** packaging's _version_split: `1.0rc1` → [1, 0, rc1]. */
function versionSplit(v) {
    return v.split('.').flatMap((item) => {
        const m = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/.exec(item);
        return m ? [m[1], m[2]] : [item];
    });
}
function prefixMatches(prefix, candidate) {
    const spec = versionSplit(normalized(prefix));
    const shortened = versionSplit(candidate.info.public).slice(0, spec.length);
    const release = (parts) => {
        let i = 0;
        while (i < parts.length && /^[0-9]+$/.test(parts[i]))
            i++;
        return i;
    };
    const pad = (parts, width) => {
        const r = release(parts);
        return [...parts.slice(0, r), ...Array(Math.max(0, width - r)).fill('0'), ...parts.slice(r)];
    };
    const width = Math.max(release(spec), release(shortened));
    return pad(spec, width).join('.') === pad(shortened, width).join('.');
}
function normalized(v) {
    const parsed = version(v);
    if (!parsed)
        return v.toLowerCase();
    const { epoch, public: pub, local } = parsed.info;
    return `${epoch && !pub.includes('!') ? `${epoch}!` : ''}${pub}${local ? `+${local}` : ''}`;
}
const sameBase = (a, b) => cmp(a.info.base_version, b.info.base_version) === 0;
/** packaging's Specifier operators, prerelease gating left to the caller. */
function clauseContains(clause, candidate) {
    const { operator, version: spec } = clause;
    if (operator === '===')
        return candidate.text.toLowerCase() === spec.toLowerCase() || normalized(candidate.text) === spec.toLowerCase();
    if (!clause.pep440)
        return undefined;
    if ((operator === '==' || operator === '!=') && spec.endsWith('.*')) {
        return prefixMatches(spec.slice(0, -2), candidate) === (operator === '==');
    }
    const target = version(spec);
    if (!target)
        return undefined;
    const pub = candidate.info.public;
    switch (operator) {
        case '==':
        case '!=': {
            const equal = target.info.local ? cmp(candidate.text, spec) === 0 : cmp(pub, spec) === 0;
            return equal === (operator === '==');
        }
        case '<=':
            return cmp(pub, spec) <= 0;
        case '>=':
            return cmp(pub, spec) >= 0;
        case '<':
            return cmp(candidate.text, spec) < 0 && !(!target.info.is_prerelease && candidate.info.is_prerelease && sameBase(candidate, target));
        case '>':
            return (cmp(candidate.text, spec) > 0 &&
                !(!target.info.is_postrelease && candidate.info.is_postrelease && sameBase(candidate, target)) &&
                !(candidate.info.local && sameBase(candidate, target)));
        case '~=': {
            // ~=1.4.5a4 is >=1.4.5a4 plus ==1.4.*: the release without its last number (suffixes dropped) as a prefix.
            const parts = versionSplit(normalized(spec));
            const suffix = parts.findIndex((p) => /^(dev|a|b|rc|post)/.test(p));
            const release = suffix < 0 ? parts : parts.slice(0, suffix);
            return cmp(pub, spec) >= 0 && prefixMatches(release.slice(0, -1).join('.'), candidate);
        }
        default:
            return undefined;
    }
}
/** Does any clause name a prerelease? packaging then lets prereleases through. */
function mentionsPrerelease(clauses) {
    return clauses.some((c) => {
        if (!['==', '>=', '<=', '~=', '==='].includes(c.operator))
            return false;
        const v = version(c.operator === '==' && c.version.endsWith('.*') ? c.version.slice(0, -2) : c.version);
        return v?.info.is_prerelease ?? false;
    });
}
function containsAll(clauses, candidate) {
    let unknown = false;
    for (const clause of clauses) {
        const r = clauseContains(clause, candidate);
        if (r === false)
            return false;
        if (r === undefined)
            unknown = true;
    }
    return unknown ? undefined : true;
}
/** Does `version` fall within `specifier` (`>=1.2,<2`, '' for any)? undefined when either is not PEP 440. */
function pep440_satisfies(versionText, specifier, options = {}) {
    const candidate = version(versionText);
    const clauses = parseSpecifierSet(specifier);
    if (!candidate || !clauses)
        return undefined;
    if (options.prereleases === false && candidate.info.is_prerelease && !mentionsPrerelease(clauses))
        return false;
    return containsAll(clauses, candidate);
}
// Versions near each bound, tried as witnesses that two sets overlap. `local` is a local label no clause names.
function candidatesAround(v, local) {
    const parsed = version(v);
    if (!parsed)
        return [];
    const { epoch, release } = parsed.info;
    const e = epoch ? `${epoch}!` : '';
    const base = release.join('.');
    const bumped = (i) => [...release.slice(0, i), release[i] + 1].join('.');
    const pub = parsed.info.public;
    const out = [normalized(v), `${pub}+${local}`, `${e}${base}`, `${e}${base}.dev0`, `${e}${base}.post1`, `${e}${base}.1`];
    for (let i = 0; i < release.length; i++)
        out.push(`${e}${bumped(i)}`, `${e}${bumped(i)}.dev0`);
    const last = release.length - 1;
    if (release[last] > 0)
        out.push(`${e}${[...release.slice(0, last), release[last] - 1].join('.')}.99999`);
    return out;
}
// The least version there is: epoch 0, release 0, dev release 0.
const LEAST = { v: '0.dev0', inclusive: true };
/** The prefix range `==P.*` covers: [P.dev0, P'.dev0) with P' the prefix with its last number bumped. */
function prefixRange(prefix) {
    const p = version(prefix);
    if (!p)
        return undefined;
    const { epoch, release } = p.info;
    const e = epoch ? `${epoch}!` : '';
    const next = [...release.slice(0, -1), release[release.length - 1] + 1].join('.');
    return { lo: { v: `${e}${release.join('.')}.dev0`, inclusive: true }, hi: { v: `${e}${next}.dev0`, inclusive: false } };
}
/**
 * Lower and upper bounds on the public versions a clause admits, a superset (`!=` holes and most pre/post-release
 * exclusions are ignored), used to prove that two sets cannot meet.
 */
function bounds(clause) {
    const { operator: op, version: v } = clause;
    if (op === '!=')
        return {};
    if (op === '==' && v.endsWith('.*'))
        return prefixRange(v.slice(0, -2));
    const p = version(v);
    if (!p)
        return undefined;
    const pub = p.info.public;
    const { pre, post, dev } = p.info;
    switch (op) {
        case '==':
            return { lo: { v: pub, inclusive: true }, hi: { v: pub, inclusive: true } };
        case '>=':
            return { lo: { v: pub, inclusive: true } };
        case '>':
            return { lo: { v: pub, inclusive: false } };
        case '<=':
            return { hi: { v: pub, inclusive: true } };
        case '<':
            // <2.0 rejects 2.0's own pre- and dev releases, so it ends where they begin.
            return { hi: { v: pre === null && post === null && dev === null ? `${pub}.dev0` : pub, inclusive: false } };
        case '~=': {
            const range = prefixRange(`${p.info.epoch ? `${p.info.epoch}!` : ''}${p.info.release.slice(0, -1).join('.')}`);
            return range && { lo: { v: pub, inclusive: true }, hi: range.hi };
        }
        default:
            return undefined;
    }
}
const below = (a, b) => {
    const c = cmp(a.v, b.v);
    return c < 0 || (c === 0 && a.inclusive && b.inclusive);
};
function provablyDisjoint(clauses) {
    let lo = LEAST;
    let hi;
    for (const clause of clauses) {
        const b = bounds(clause);
        if (!b)
            return false;
        if (b.lo && (cmp(b.lo.v, lo.v) > 0 || (cmp(b.lo.v, lo.v) === 0 && !b.lo.inclusive)))
            lo = b.lo;
        if (b.hi && (!hi || cmp(b.hi.v, hi.v) < 0 || (cmp(b.hi.v, hi.v) === 0 && !b.hi.inclusive)))
            hi = b.hi;
    }
    if (hi && !below(lo, hi))
        return true;
    // What is left may fall inside a range some `!=P.*` removes.
    return clauses.some((c) => {
        if (c.operator !== '!=' || !c.version.endsWith('.*') || !hi)
            return false;
        const gap = prefixRange(c.version.slice(0, -2));
        return gap !== undefined && cmp(lo.v, gap.lo.v) >= 0 && (cmp(hi.v, gap.hi.v) < 0 || (cmp(hi.v, gap.hi.v) === 0 && !hi.inclusive));
    });
}
/**
 * Can one version satisfy both specifier sets (prereleases counted)? true with a witness version found, false when
 * provably not (disjoint bounds, an exact pin that fails the other set), undefined when unknowable: a legacy clause,
 * or no witness and no proof.
 */
function specifiersIntersect(a, b) {
    const left = parseSpecifierSet(a);
    const right = parseSpecifierSet(b);
    if (!left || !right)
        return undefined;
    const clauses = [...left, ...right];
    if (clauses.some((c) => !c.pep440))
        return undefined;
    const arbitrary = clauses.find((c) => c.operator === '===');
    if (arbitrary) {
        const v = version(arbitrary.version);
        if (!v)
            return clauses.every((c) => c.operator === '===' && c.version.toLowerCase() === arbitrary.version.toLowerCase());
        return containsAll(clauses, v);
    }
    const mentioned = clauses.map((c) => (c.version.endsWith('.*') ? c.version.slice(0, -2) : c.version));
    const locals = clauses.filter((c) => c.version.includes('+')).map((c) => c.version);
    let fresh = 0;
    while (locals.some((l) => l.toLowerCase().endsWith(`+mlhub${fresh}`)))
        fresh++;
    const candidates = [...mentioned.flatMap((v) => candidatesAround(v, `mlhub${fresh}`)), ...locals, '0', '0.dev0', '99999'];
    for (const text of candidates) {
        const v = version(text);
        if (v && containsAll(clauses, v))
            return true;
    }
    // An exact pin admits only its version and that version's local variants: the named ones and one unnamed (which
    // stands for all unnamed ones, as no clause tells them apart) were all tried above.
    if (clauses.some((c) => c.operator === '==' && !c.version.endsWith('.*')))
        return false;
    return provablyDisjoint(clauses) ? false : undefined;
}

;// CONCATENATED MODULE: ./shared/env/pep508.ts
// PEP 508 dependency specifiers, read the way pip 23.2 reads them (its vendored packaging 21.3 pyparsing grammar), so
// that what pip accepts we accept, and what it rejects we report with a column.


class RequirementSyntaxError extends Error {
    column;
    constructor(message, 
    /** 1-based, in the text given to the parser. */
    column) {
        super(message);
        this.column = column;
        this.name = 'RequirementSyntaxError';
    }
    /** For callers that know where the text sits: `columnOffset` is the 0-based column where it starts in its line. */
    toLocatedError(code, file, line, columnOffset = 0) {
        return new LocatedError(code, this.message, file, line, this.column + columnOffset);
    }
}
/** PEP 503: lower-case, runs of `-`, `_`, `.` become one `-`. */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
const SPACE_RUN = new RegExp(`[${PY_SPACE_CHARS}]+`, 'g');
const LEADING_SPACE = new RegExp(`^[${PY_SPACE_CHARS}]+`);
const TRAILING_SPACE = new RegExp(`[${PY_SPACE_CHARS}]+$`);
/** Python's `str.strip()`: its whitespace set, not JavaScript's. */
function pyStrip(s) {
    return s.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
}
const isPySpace = (ch) => ch !== undefined && ch.replace(SPACE_RUN, '') === '';
// pyparsing skips these between tokens, nothing else.
const SKIP = /[ \t\n\r]*/y;
const IDENTIFIER = /[A-Za-z0-9](?:[-_.]*[A-Za-z0-9])*/y;
const URI = /[^ ]+/y;
// MatchFirst order of packaging 21.3's VARIABLE: earlier literals win, and none needs a word boundary after it.
const MARKER_VARIABLES = [
    ['implementation_version', 'implementation_version'],
    ['platform_python_implementation', 'platform_python_implementation'],
    ['implementation_name', 'implementation_name'],
    ['python_full_version', 'python_full_version'],
    ['platform_release', 'platform_release'],
    ['platform_version', 'platform_version'],
    ['platform_machine', 'platform_machine'],
    ['platform_system', 'platform_system'],
    ['python_version', 'python_version'],
    ['sys_platform', 'sys_platform'],
    ['os_name', 'os_name'],
    ['os.name', 'os_name'],
    ['sys.platform', 'sys_platform'],
    ['platform.version', 'platform_version'],
    ['platform.machine', 'platform_machine'],
    ['platform.python_implementation', 'platform_python_implementation'],
    ['python_implementation', 'platform_python_implementation'],
    ['extra', 'extra'],
];
const MARKER_OPS = ['===', '==', '>=', '<=', '!=', '~=', '>', '<', 'not in', 'in'];
class Parser {
    pos = 0;
    text;
    /** For each index of `text`, the index in the text given, when that had tabs. */
    origin;
    constructor(given) {
        [this.text, this.origin] = expandTabs(given);
    }
    fail(message, at = this.pos) {
        const column = this.origin ? this.origin[at] : at;
        throw new RequirementSyntaxError(message, column + 1);
    }
    skip() {
        SKIP.lastIndex = this.pos;
        SKIP.exec(this.text);
        this.pos = SKIP.lastIndex;
    }
    match(re) {
        re.lastIndex = this.pos;
        const m = re.exec(this.text);
        if (!m)
            return undefined;
        this.pos = re.lastIndex;
        return m[0];
    }
    eat(literal) {
        this.skip();
        if (!this.text.startsWith(literal, this.pos))
            return false;
        this.pos += literal.length;
        return true;
    }
    atEnd() {
        this.skip();
        return this.pos >= this.text.length;
    }
    requirement() {
        this.skip();
        const name = this.match(IDENTIFIER) ?? this.fail('expected a package name');
        const extras = this.extras();
        const start = this.pos;
        let url;
        let specifier = '';
        if (this.eat('@')) {
            this.skip();
            url = this.match(URI) ?? this.fail('expected a URL after @');
        }
        else {
            this.pos = start;
            specifier = this.versionSpec();
        }
        let marker;
        const beforeMarker = this.pos;
        if (this.eat(';')) {
            this.skip();
            const markerStart = this.pos;
            this.markerExpr();
            marker = this.text.slice(markerStart, this.pos);
        }
        else {
            this.pos = beforeMarker;
        }
        if (!this.atEnd())
            this.fail(url === undefined && !specifier && !marker ? 'expected a version specifier, @ URL or ; marker' : 'unexpected text');
        if (url !== undefined)
            checkUrl(url, this, start);
        const unique = [...new Set(extras)];
        return { name, normalized: normalizeName(name), extras: unique, specifier, ...(marker !== undefined && { marker }), ...(url !== undefined && { url }) };
    }
    extras() {
        const start = this.pos;
        if (!this.eat('[')) {
            this.pos = start;
            return [];
        }
        const extras = [];
        this.skip();
        const first = this.match(IDENTIFIER);
        if (first) {
            extras.push(first);
            for (;;) {
                const save = this.pos;
                if (!this.eat(',')) {
                    this.pos = save;
                    break;
                }
                this.skip();
                const next = this.match(IDENTIFIER);
                if (!next)
                    this.fail('expected an extra name');
                extras.push(next);
            }
        }
        if (!this.eat(']'))
            this.fail(first ? 'expected , or ] in extras' : 'expected an extra name or ]');
        return extras;
    }
    /** `(>=1, <2)` or `>=1, <2`; returns the normalised clauses, comma-joined. */
    versionSpec() {
        const start = this.pos;
        if (this.eat('(')) {
            const raw = this.versionMany();
            if (raw !== undefined) {
                if (!this.eat(')'))
                    this.fail('expected , or )');
                return normalizeSpecifier(raw, this, start);
            }
            this.pos = start;
            return '';
        }
        this.pos = start;
        const raw = this.versionMany();
        if (raw === undefined) {
            this.pos = start;
            return '';
        }
        return normalizeSpecifier(raw, this, start);
    }
    /** Clause texts joined by commas, as pyparsing's Combine hands them to SpecifierSet. */
    versionMany() {
        this.skip();
        const first = clauseEnd(this.text, this.pos);
        if (first < 0)
            return undefined;
        const parts = [this.text.slice(this.pos, first)];
        this.pos = first;
        for (;;) {
            const save = this.pos;
            if (!this.eat(',')) {
                this.pos = save;
                break;
            }
            this.skip();
            const end = clauseEnd(this.text, this.pos);
            if (end < 0) {
                this.pos = save;
                break;
            }
            parts.push(this.text.slice(this.pos, end));
            this.pos = end;
        }
        return parts.join(',');
    }
    markerExpr() {
        const nodes = [this.markerAtom()];
        for (;;) {
            const save = this.pos;
            this.skip();
            const op = this.text.startsWith('and', this.pos) ? 'and' : this.text.startsWith('or', this.pos) ? 'or' : undefined;
            if (!op) {
                this.pos = save;
                break;
            }
            this.pos += op.length;
            try {
                nodes.push(op, this.markerAtom());
            }
            catch (e) {
                if (!(e instanceof RequirementSyntaxError))
                    throw e;
                this.pos = save;
                break;
            }
        }
        return nodes;
    }
    markerAtom() {
        this.skip();
        if (this.text[this.pos] === '(') {
            this.pos++;
            const inner = this.markerExpr();
            if (!this.eat(')'))
                this.fail('expected ) in marker');
            return inner;
        }
        const lhs = this.markerOperand();
        this.skip();
        const op = MARKER_OPS.find((o) => this.text.startsWith(o, this.pos)) ?? this.fail('expected a marker operator');
        this.pos += op.length;
        return { lhs, op, rhs: this.markerOperand() };
    }
    markerOperand() {
        this.skip();
        const quote = this.text[this.pos];
        if (quote === '"' || quote === "'") {
            const close = findQuoteEnd(this.text, this.pos + 1, quote);
            if (close < 0)
                this.fail('unterminated string in marker');
            const value = this.text.slice(this.pos + 1, close).replace(/\\([tnfr])/g, (_, c) => WS_ESCAPES[c]);
            this.pos = close + 1;
            return { value };
        }
        const variable = MARKER_VARIABLES.find(([literal]) => this.text.startsWith(literal, this.pos));
        if (!variable)
            this.fail('expected a marker variable or a quoted string');
        this.pos += variable[0].length;
        return { variable: variable[1] };
    }
}
/**
 * pyparsing's parseString runs str.expandtabs() first, so a tab is one to eight spaces, depending on its column: it
 * ends a URL, and `not<TAB>in` is `not in` only when the tab stands for one space.
 */
function expandTabs(text) {
    if (!text.includes('\t'))
        return [text, undefined];
    let out = '';
    const origin = [];
    let column = 0;
    let index = 0;
    for (const ch of text) {
        // Python counts code points; a JavaScript string index counts UTF-16 units.
        if (ch === '\t') {
            const spaces = 8 - (column % 8);
            out += ' '.repeat(spaces);
            for (let k = 0; k < spaces; k++)
                origin.push(index);
            column += spaces;
        }
        else {
            out += ch;
            for (let k = 0; k < ch.length; k++)
                origin.push(index + k);
            column = ch === '\n' || ch === '\r' ? 0 : column + 1;
        }
        index += ch.length;
    }
    origin.push(index); // the end
    return [out, origin];
}
// pyparsing's QuotedString turns these escapes into the characters themselves; other backslashes stay.
const WS_ESCAPES = { t: '\t', n: '\n', f: '\f', r: '\r' };
function findQuoteEnd(text, from, quote) {
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (ch === quote)
            return i;
        if (ch === '\n' || ch === '\r')
            return -1;
    }
    return -1;
}
function normalizeSpecifier(raw, parser, start) {
    const clauses = parseSpecifierSet(raw) ?? parser.fail(`invalid version specifier '${raw}'`, start);
    return clauses.map((c) => c.operator + c.version).join(',');
}
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** Python's urllib.parse.urlsplit (3.11), without its IPv6 and Unicode host checks. */
function splitUrl(url) {
    // urlsplit strips leading C0 controls and spaces and drops tabs and newlines before parsing.
    let rest = url.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
    const scheme = SCHEME.exec(rest);
    if (scheme)
        rest = rest.slice(scheme[0].length);
    let netloc;
    if (rest.startsWith('//')) {
        netloc = /^\/\/([^/?#]*)/.exec(rest)[1];
        rest = rest.slice(2 + netloc.length);
    }
    let fragment;
    let query;
    if (rest.includes('#'))
        [rest, fragment] = [rest.slice(0, rest.indexOf('#')), rest.slice(rest.indexOf('#') + 1)];
    if (rest.includes('?'))
        [rest, query] = [rest.slice(0, rest.indexOf('?')), rest.slice(rest.indexOf('?') + 1)];
    return { scheme: scheme ? scheme[1].toLowerCase() : '', netloc, path: rest, query, fragment };
}
/** packaging 21.3's URL check: a file: URL must survive urlparse/urlunparse unchanged, others need scheme and host. */
function checkUrl(url, parser, at) {
    const { scheme, netloc, path, query, fragment } = splitUrl(url);
    if (netloc !== undefined && netloc.includes('[') !== netloc.includes(']'))
        parser.fail(`invalid IPv6 host in URL '${url}'`, at);
    if (scheme === 'file') {
        let rebuilt = path;
        if (netloc || !path.startsWith('//'))
            rebuilt = `//${netloc ?? ''}${rebuilt && !rebuilt.startsWith('/') ? '/' : ''}${rebuilt}`;
        rebuilt = `file:${rebuilt}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
        if (rebuilt !== url)
            parser.fail(`invalid file URL '${url}'`, at);
        return;
    }
    if (!scheme || !netloc)
        parser.fail(`invalid URL '${url}' (needs a scheme and a host)`, at);
}
/** Parses a PEP 508 requirement (`name[extras] (specifier | @ url) ; marker`); throws RequirementSyntaxError. */
function parsePep508(text) {
    return new Parser(text).requirement();
}
function formatOperand(o) {
    return 'variable' in o ? o.variable : `"${o.value}"`;
}
// packaging 21.3's _format_marker: a group of one loses its parentheses, wherever it sits.
function formatMarker(node, first = true) {
    if (Array.isArray(node)) {
        if (node.length === 1 && typeof node[0] !== 'string')
            return formatMarker(node[0]);
        const inner = node.map((n) => formatMarker(n, false)).join(' ');
        return first ? inner : `(${inner})`;
    }
    if (typeof node === 'string')
        return node;
    return `${formatOperand(node.lhs)} ${node.op} ${formatOperand(node.rhs)}`;
}
/** The marker as pip prints it (`str(Marker(...))`): canonical spacing, double quotes, legacy names aliased. */
function normalizeMarker(marker) {
    const parser = new Parser(marker);
    const tree = parser.markerExpr();
    if (!parser.atEnd())
        parser.fail('unexpected text in marker');
    return formatMarker(tree);
}

;// CONCATENATED MODULE: ./shared/env/requirements.ts
// pip requirements files, read as pip 23.2 reads them (pip/_internal/req/req_file.py and constructors.py): the same
// line joining, comments, ${VAR} expansion, option grammar (shlex + optparse, abbreviations included), local paths,
// URLs, wheels, #egg= and editables. Where pip would stop at a bad line, this reports it and reads on.




const SYNTAX = 'requirements/syntax';
// str.splitlines() also breaks at these; editors and GitHub do not, so lines are numbered by \n, \r\n and \r only.
const PY_LINE_BREAKS = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
function physicalLines(text) {
    const lines = [];
    let editor = 1;
    let start = 0;
    for (const m of text.matchAll(PY_LINE_BREAKS)) {
        lines.push({ line: editor, text: text.slice(start, m.index) });
        if (/[\n\r]/.test(m[0]))
            editor++;
        start = m.index + m[0].length;
    }
    if (start < text.length)
        lines.push({ line: editor, text: text.slice(start) });
    return lines;
}
const COMMENT_LINE = new RegExp(`^[${PY_SPACE_CHARS}]*#`);
/** join_lines: a trailing `\` joins the next line (a comment line ends the run); the first line's number is kept. */
function joinContinuations(lines) {
    const out = [];
    let pending;
    for (const { line, text } of lines) {
        const comment = COMMENT_LINE.test(text);
        if (!text.endsWith('\\') || comment) {
            const piece = comment ? ` ${text}` : text;
            if (pending) {
                out.push({ line: pending.line, text: pending.text + piece });
                pending = undefined;
            }
            else {
                out.push({ line, text: piece });
            }
        }
        else {
            // pip strips backslashes from both ends of a continued line.
            const piece = text.replace(/^\\+|\\+$/g, '');
            pending = pending ? { line: pending.line, text: pending.text + piece } : { line, text: piece };
        }
    }
    if (pending)
        out.push(pending);
    return out;
}
/** A `#` starts a comment at the start of a line or after whitespace; `#egg=` inside a URL does not. */
function stripComment(text) {
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '#' && (i === 0 || isPySpace(text[i - 1])))
            return text.slice(0, i);
    }
    return text;
}
/** pip expands only `${NAME}` with NAME in [A-Z0-9_], and leaves it as written when the variable is unset or empty. */
function expandVariables(text, env) {
    let out = text;
    for (const [whole, name] of text.matchAll(/\$\{([A-Z0-9_]+)\}/g)) {
        const value = env[name];
        if (value)
            out = out.split(whole).join(value);
    }
    return out;
}
function logicalLines(text, env) {
    const out = [];
    for (const { line, text: raw } of joinContinuations(physicalLines(text))) {
        const stripped = pyStrip(stripComment(raw));
        if (stripped)
            out.push({ line, text: expandVariables(stripped, env) });
    }
    return out;
}
// ---- Options (shlex.split + optparse) ----
/** shlex.split(s) in POSIX mode: quotes, backslash escapes; whitespace is space, tab, CR, LF only. */
function shlexSplit(s) {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    const fail = () => {
        throw new Error(`could not split options: ${s}`);
    };
    while (i < s.length) {
        const ch = s[i];
        if (' \t\r\n'.includes(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (ch === '\\') {
            if (i + 1 >= s.length)
                fail();
            word += s[i + 1];
            inWord = true;
            i += 2;
        }
        else if (ch === "'") {
            const close = s.indexOf("'", i + 1);
            if (close < 0)
                fail();
            word += s.slice(i + 1, close);
            inWord = true;
            i = close + 1;
        }
        else if (ch === '"') {
            inWord = true;
            i++;
            for (;;) {
                if (i >= s.length)
                    fail();
                const c = s[i];
                if (c === '"')
                    break;
                // Inside double quotes a backslash escapes only `"` and itself.
                if (c === '\\' && i + 1 < s.length && (s[i + 1] === '"' || s[i + 1] === '\\')) {
                    word += s[i + 1];
                    i += 2;
                }
                else if (c === '\\' && i + 1 >= s.length) {
                    fail();
                }
                else {
                    word += c;
                    i++;
                }
            }
            i++;
        }
        else {
            word += ch;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
const STRONG_HASHES = ['sha256', 'sha384', 'sha512'];
const FEATURES = ['fast-deps', 'truststore', 'no-binary-enable-wheel-cache'];
const ignore = () => undefined;
// req_file.SUPPORTED_OPTIONS + SUPPORTED_OPTIONS_REQ, with pip 23.2's checks on their values.
const OPTION_SPECS = [
    { short: '-i', long: ['--index-url', '--pypi-url'], value: (o, v) => void (o.indexUrl = v) },
    { long: ['--extra-index-url'], value: (o, v) => void o.extraIndexUrls.push(v) },
    { long: ['--no-index'], flag: (o) => void (o.noIndex = true) },
    { short: '-c', long: ['--constraint'], value: (o, v) => void o.constraints.push(v) },
    { short: '-r', long: ['--requirement'], value: (o, v) => void o.requirements.push(v) },
    { short: '-e', long: ['--editable'], value: (o, v) => void o.editables.push(v) },
    { short: '-f', long: ['--find-links'], value: (o, v) => void o.findLinks.push(v) },
    { long: ['--no-binary'], value: binaryFormats },
    { long: ['--only-binary'], value: binaryFormats },
    { long: ['--prefer-binary'], flag: ignore },
    { long: ['--require-hashes'], flag: ignore },
    { long: ['--pre'], flag: ignore },
    { long: ['--trusted-host'], value: (o, v) => void o.trustedHosts.push(v) },
    {
        long: ['--use-feature'],
        value: (_, v, name) => {
            if (!FEATURES.includes(v))
                throw new Error(`option ${name}: invalid choice: '${v}' (choose from ${FEATURES.map((f) => `'${f}'`).join(', ')})`);
        },
    },
    { long: ['--global-option'], value: ignore },
    {
        long: ['--hash'],
        value: (o, v, name) => {
            const colon = v.indexOf(':');
            if (colon < 0)
                throw new Error(`arguments to ${name} must be a hash name followed by a value, like --hash=sha256:abcde...`);
            if (!STRONG_HASHES.includes(v.slice(0, colon)))
                throw new Error(`allowed hash algorithms for ${name} are ${STRONG_HASHES.join(', ')}`);
            o.hashes.push(v);
        },
    },
    {
        short: '-C',
        long: ['--config-settings'],
        value: (_, v, name) => {
            if (!v.includes('='))
                throw new Error(`arguments to ${name} must be of the form KEY=VAL`);
        },
    },
];
function binaryFormats(_, value) {
    if (value.startsWith('-'))
        throw new Error('--no-binary / --only-binary option requires 1 argument');
}
const LONG_OPTIONS = new Map(OPTION_SPECS.flatMap((spec) => spec.long.map((name) => [name, spec])));
const SHORT_OPTIONS = new Map(OPTION_SPECS.flatMap((spec) => (spec.short ? [[spec.short, spec]] : [])));
/** optparse's _match_abbrev: an exact name, or the one option the prefix starts. */
function matchLong(name) {
    const exact = LONG_OPTIONS.get(name);
    if (exact)
        return [name, exact];
    const candidates = [...LONG_OPTIONS.keys()].filter((k) => k.startsWith(name)).sort();
    if (candidates.length === 1)
        return [candidates[0], LONG_OPTIONS.get(candidates[0])];
    throw new Error(candidates.length ? `ambiguous option: ${name} (${candidates.join(', ')}?)` : `no such option: ${name}`);
}
/** optparse's _process_args, positional arguments ignored as pip ignores them. */
function parseOptions(words) {
    const o = { extraIndexUrls: [], noIndex: false, constraints: [], requirements: [], editables: [], findLinks: [], trustedHosts: [], hashes: [] };
    const rest = [...words];
    const take = (name) => {
        if (!rest.length)
            throw new Error(`${name} option requires 1 argument`);
        return rest.shift();
    };
    while (rest.length) {
        const arg = rest.shift();
        if (arg === '--')
            break;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            if (eq >= 0)
                rest.unshift(arg.slice(eq + 1));
            const [name, spec] = matchLong(eq >= 0 ? arg.slice(0, eq) : arg);
            if (spec.value)
                spec.value(o, take(name), name);
            else if (eq >= 0)
                throw new Error(`${name} option does not take a value`);
            else
                spec.flag(o);
        }
        else if (arg.startsWith('-') && arg.length > 1) {
            // Every short option pip accepts takes a value: `-rfile` or `-r file`.
            const name = arg.slice(0, 2);
            const spec = SHORT_OPTIONS.get(name);
            if (!spec)
                throw new Error(`no such option: ${name}`);
            if (arg.length > 2)
                rest.unshift(arg.slice(2));
            spec.value(o, take(name), name);
        }
    }
    return o;
}
/** break_args_options: words before the first one starting with `-` are the requirement; only the rest is shlexed. */
function splitLine(text) {
    const words = text.split(' ');
    const first = words.findIndex((w) => w.startsWith('-'));
    const args = first < 0 ? words : words.slice(0, first);
    const optionText = first < 0 ? '' : words.slice(first).join(' ');
    return { args: args.join(' '), options: parseOptions(shlexSplit(optionText)) };
}
// ---- Paths and links (constructors.py, models/link.py, models/wheel.py) ----
const VCS = ['bzr', 'git', 'hg', 'svn'];
const VCS_SCHEMES = [
    'bzr+http', 'bzr+https', 'bzr+ssh', 'bzr+sftp', 'bzr+ftp', 'bzr+lp', 'bzr+file',
    'git+http', 'git+https', 'git+ssh', 'git+git', 'git+file',
    'hg+file', 'hg+http', 'hg+https', 'hg+ssh', 'hg+static-http',
    'svn+ssh', 'svn+http', 'svn+https', 'svn+svn', 'svn+file',
];
const ARCHIVES = ['.zip', '.whl', '.tar.bz2', '.tbz', '.tar.gz', '.tgz', '.tar', '.tar.xz', '.txz', '.tlz', '.tar.lz', '.tar.lzma'];
/** pip's is_url: the text before the first `:`, lower-cased, is a scheme pip fetches. */
function isUrl(text) {
    const colon = text.indexOf(':');
    if (colon < 0)
        return false;
    const scheme = text.slice(0, colon).toLowerCase();
    return ['http', 'https', 'file', 'ftp', ...VCS_SCHEMES].includes(scheme);
}
const looksLikePath = (name) => name.includes('/') || name.startsWith('.');
/** posixpath.normpath. */
function normpath(path) {
    if (!path)
        return '.';
    const absolute = path.startsWith('/');
    const parts = [];
    for (const part of path.split('/')) {
        if (!part || part === '.')
            continue;
        if (part === '..' && parts.length && parts[parts.length - 1] !== '..')
            parts.pop();
        else if (part !== '..' || !absolute)
            parts.push(part);
    }
    const joined = parts.join('/');
    const lead = absolute ? (path.startsWith('//') && !path.startsWith('///') ? '//' : '/') : '';
    return lead + joined || (absolute ? lead : '.');
}
const dirname = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const joinPath = (dir, path) => normpath(dir ? `${dir}/${path}` : path);
/** pip's splitext: posixpath.splitext, with `.tar` kept on `.tar.gz` and friends. */
function splitext(path) {
    const sep = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    let base = path;
    let ext = '';
    if (dot > sep && path.slice(sep + 1, dot).replace(/^\.+/, '') !== '')
        [base, ext] = [path.slice(0, dot), path.slice(dot)];
    if (base.toLowerCase().endsWith('.tar'))
        [base, ext] = [base.slice(0, -4), base.slice(-4) + ext];
    return [base, ext];
}
const isArchive = (path) => ARCHIVES.includes(splitext(path)[1].toLowerCase());
/** `path[extra1,extra2]` → [path, '[extra1,extra2]']. */
function stripExtras(path) {
    const m = /^(.+)(\[[^\]]+\])$/s.exec(path);
    return m ? [m[1], m[2]] : [path, undefined];
}
/** urllib.parse.unquote: %XX sequences decoded as UTF-8, anything undecodable left alone. */
function unquote(text) {
    return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
        const bytes = Uint8Array.from(run.slice(1).split('%'), (h) => parseInt(h, 16));
        return new TextDecoder('utf-8').decode(bytes);
    });
}
/** Link.filename: the last path segment, unquoted; the host when the path is empty. */
function linkFilename(url) {
    const { path, netloc } = splitUrl(url);
    const trimmed = path.replace(/\/+$/, '');
    const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    return name ? unquote(name) : (netloc ?? '');
}
const WHEEL_FILE = new RegExp(`^(?<name>[^${PY_SPACE_CHARS}-]+?)-(?<ver>[^${PY_SPACE_CHARS}-]*?)(?:(?:-(?<build>[0-9][^-]*?))?-[^${PY_SPACE_CHARS}-]+?-[^${PY_SPACE_CHARS}-]+?-[^${PY_SPACE_CHARS}-]+?\\.whl|\\.dist-info)$`);
/** `#egg=name` (or `&egg=`) anywhere in the URL, as Link.egg_fragment finds it. */
function eggFragment(url) {
    return /[#&]egg=([^&]*)/.exec(url)?.[1];
}
function lineError(ctx, message, code = SYNTAX) {
    return new LocatedError(code, message, ctx.file, ctx.line);
}
function warn(ctx, code, message) {
    ctx.diagnostics.push({ severity: 'warning', code, message, file: ctx.file, line: ctx.line });
}
function parseRequirement(text, ctx, what) {
    try {
        return parsePep508(text);
    }
    catch (e) {
        if (!(e instanceof RequirementSyntaxError))
            throw e;
        const hint = /=/.test(text) && !/~=|==|!=|<=|>=|<|>|===/.test(text) ? ' (= is not a valid operator; did you mean ==?)' : '';
        throw lineError(ctx, `invalid ${what} '${text}': ${e.message} at column ${e.column}${hint}`);
    }
}
/** `[a,B]` → ['a', 'B'], checked as pip checks it (as the extras of a placeholder requirement). */
function convertExtras(extras, ctx) {
    return parseRequirement(`placeholder${extras}`, ctx, 'extras').extras;
}
/** Where a relative local path may point: pip resolves it against its working directory (assumed to be the root),
 * people also run pip from the requirements file's directory. undefined when it leaves the root or is absolute. */
function localCandidates(path, ctx) {
    if (path.startsWith('/'))
        return undefined;
    const fromRoot = normpath(path);
    const fromFile = joinPath(dirname(ctx.file), path);
    const inside = [fromRoot, fromFile].filter((p) => p !== '..' && !p.startsWith('../'));
    return inside.length ? [...new Set(inside)] : undefined;
}
const projectFile = (dir, name) => (dir === '.' ? name : `${dir}/${name}`);
/**
 * A path that is no project here. pip checks the machine it runs on; a path outside the repository (absolute, or
 * climbing out with ..) is taken to be missing there too, as it is on a fresh checkout.
 */
function missingProject(path, ctx) {
    const why = localCandidates(path, ctx) ? 'no pyproject.toml or setup.py was found there' : 'it is outside the repository';
    return lineError(ctx, `'${path}' looks like a local project path, but ${why}`, 'requirements/missing-path');
}
/** is_installable_dir: a directory holding pyproject.toml or setup.py. */
function findProjectDir(path, ctx) {
    return localCandidates(path, ctx)?.find((dir) => ['pyproject.toml', 'setup.py'].some((f) => ctx.reader.read(projectFile(dir, f)) !== undefined));
}
/** The project name a local directory declares (pyproject.toml, setup.cfg, setup.py), else its last path segment. */
function localProjectName(dir, path, ctx) {
    if (dir !== undefined) {
        const pyproject = ctx.reader.read(projectFile(dir, 'pyproject.toml'));
        if (pyproject !== undefined) {
            try {
                const doc = parse_parse(pyproject);
                const name = doc.project?.name ?? doc.tool?.poetry?.name;
                if (typeof name === 'string')
                    return name;
            }
            catch {
                // An unreadable pyproject.toml is its own parser's finding; fall back to the other sources.
            }
        }
        const cfg = /^\[metadata\][^[]*?^name\s*=\s*(\S+)/m.exec(ctx.reader.read(projectFile(dir, 'setup.cfg')) ?? '');
        if (cfg)
            return cfg[1];
        const setup = /\bname\s*=\s*['"]([^'"]+)['"]/.exec(ctx.reader.read(projectFile(dir, 'setup.py')) ?? '');
        if (setup)
            return setup[1];
    }
    const last = normpath(path).split('/').pop();
    return last === '.' || last === '..' ? undefined : last;
}
/** A name for an unnamed requirement: what its directory declares, or what its URL or file name suggests. */
function guessName(target, local, dir, ctx) {
    let guess;
    if (local && !isArchive(target)) {
        guess = localProjectName(dir, target, ctx);
    }
    else {
        const file = local ? target.slice(target.lastIndexOf('/') + 1) : linkFilename(target).replace(/@[^@]*$/, '');
        const stem = isArchive(file) ? splitext(file)[0] : file.replace(/\.git$/, '');
        guess = /^(.+?)-[0-9]/.exec(stem)?.[1] ?? stem;
    }
    return guess && /^[A-Za-z0-9](?:[-_.]*[A-Za-z0-9])*$/.test(guess) ? normalizeName(guess) : target;
}
/** _get_url_from_path: an installable directory, or an archive file (existing or not), or nothing. */
function localLink(path, name, written, ctx) {
    if (looksLikePath(name)) {
        const dir = findProjectDir(path, ctx);
        if (dir !== undefined)
            return { target: written, local: true, dir };
    }
    if (!isArchive(path))
        return undefined;
    const at = name.indexOf('@');
    if (at >= 0 && !looksLikePath(name.slice(0, at)))
        return undefined; // `name @ url` with an archive URL
    return { target: written, local: true };
}
function dependencyFrom(req, link, fields, ctx) {
    const url = req?.url ?? link?.target;
    const marker = fields.marker ?? req?.marker;
    const extras = fields.extras?.length ? fields.extras : (req?.extras ?? []);
    const dep = {
        name: req?.name ?? link.target,
        normalized: req ? req.normalized : guessName(link.target, link.local, link.dir, ctx),
        ecosystem: 'pypi',
        specifier: req?.specifier ?? '',
        extras: [...new Set(extras)],
        editable: fields.editable,
        file: ctx.file,
        line: ctx.line,
        group: 'main',
    };
    if (marker !== undefined)
        dep.marker = marker;
    if (url !== undefined)
        dep.url = url;
    if (fields.hashes.length)
        dep.hashes = fields.hashes;
    if (req && parseSpecifierSet(req.specifier)?.some((c) => !c.pep440)) {
        warn(ctx, 'requirements/legacy-specifier', `'${req.specifier}' is not a PEP 440 specifier; pip 24.1 and later reject it`);
    }
    return dep;
}
/** parse_req_from_line: a PEP 508 requirement, a URL, or a local directory or archive, with its marker. */
function requirementLine(arg, hashes, ctx) {
    // A URL's marker needs `; ` since `;` may sit inside a URL.
    const separator = isUrl(arg) ? '; ' : ';';
    const cut = arg.indexOf(separator);
    let name = pyStrip(cut < 0 ? arg : arg.slice(0, cut));
    let marker;
    if (cut >= 0) {
        const m = pyStrip(arg.slice(cut + separator.length));
        if (m) {
            try {
                normalizeMarker(m);
            }
            catch (e) {
                if (!(e instanceof RequirementSyntaxError))
                    throw e;
                throw lineError(ctx, `invalid marker '${m}': ${e.message} at column ${e.column}`);
            }
            marker = m;
        }
    }
    let link;
    let pathExtras;
    if (isUrl(name)) {
        link = { target: name, local: false };
    }
    else {
        // pip strips extras off the normalised path; the written text keeps its spelling when it ends the same way.
        const [path, extras] = stripExtras(normpath(name));
        pathExtras = extras;
        const written = extras === undefined ? name : name.endsWith(extras) ? name.slice(0, -extras.length) : path;
        link = localLink(path, name, written, ctx);
    }
    let reqText = name;
    if (link) {
        const filename = link.local ? link.target.slice(link.target.lastIndexOf('/') + 1) : linkFilename(link.target);
        if (splitext(filename)[1] === '.whl') {
            const wheel = WHEEL_FILE.exec(filename)?.groups;
            if (!wheel)
                throw lineError(ctx, `${filename} is not a valid wheel filename`);
            reqText = `${wheel.name.replaceAll('_', '-')}==${wheel.ver.replaceAll('_', '-')}`;
        }
        else {
            reqText = link.local ? undefined : eggFragment(link.target);
        }
    }
    const extras = pathExtras === undefined ? undefined : convertExtras(pathExtras, ctx);
    let req;
    if (reqText !== undefined) {
        try {
            req = parseRequirement(reqText, ctx, 'requirement');
        }
        catch (e) {
            if (!link && looksLikePath(name))
                throw missingProject(name, ctx);
            throw e;
        }
        // Extras after the version (`name>=1.0[extra]`) only parse by accident in pip, which rejects them.
        if (req.specifier.split(',').some((c) => c.endsWith(']')))
            throw lineError(ctx, `extras after version in '${reqText}'`);
        if (!link && req.url)
            link = { target: req.url, local: false };
    }
    return dependencyFrom(req, link, { extras, marker, editable: false, hashes }, ctx);
}
/** parse_editable: a local project directory, a file: URL, or a VCS URL with #egg=. */
function editableLine(value, ctx) {
    const [withoutExtras, extras] = stripExtras(value);
    if (withoutExtras.toLowerCase().startsWith('file:')) {
        const egg = eggFragment(withoutExtras);
        if (egg === '')
            throw lineError(ctx, `empty #egg= in '${value}'`);
        const req = egg === undefined ? undefined : parseRequirement(egg, ctx, 'requirement');
        const list = extras === undefined ? undefined : convertExtras(extras, ctx);
        return dependencyFrom(req, { target: withoutExtras, local: false }, { extras: list, editable: true, hashes: [] }, ctx);
    }
    let url = value;
    const vcs = VCS.find((v) => value.toLowerCase().startsWith(`${v}:`));
    if (vcs)
        url = `${vcs}+${value}`; // pip reads `git://…` as `git+git://…`
    if (VCS_SCHEMES.includes(splitUrl(url).scheme)) {
        const egg = eggFragment(url);
        if (!egg)
            throw lineError(ctx, `could not detect the requirement name for '${value}'; add #egg=name`);
        return dependencyFrom(parseRequirement(egg, ctx, 'requirement'), { target: url, local: false }, { editable: true, hashes: [] }, ctx);
    }
    if (isUrl(value))
        throw lineError(ctx, `'${value}' is not a valid editable requirement: use a local project path or a VCS URL (git+https://…)`);
    const dir = findProjectDir(withoutExtras, ctx);
    if (dir === undefined)
        throw missingProject(withoutExtras, ctx);
    const list = extras === undefined ? undefined : convertExtras(extras, ctx);
    return dependencyFrom(undefined, { target: withoutExtras, local: true, dir }, { extras: list, editable: true, hashes: [] }, ctx);
}
// ---- Files ----
function generatedReason(text, dependencies) {
    const header = [];
    for (const line of text.split(/\r\n|\n|\r/)) {
        if (line.trim() && !line.trimStart().startsWith('#'))
            break;
        header.push(line);
    }
    const comments = header.join('\n');
    if (/autogenerated by pip-compile/i.test(comments))
        return 'pip-compile header';
    if (/autogenerated by uv/i.test(comments)) {
        return /uv pip compile/.test(comments) ? 'uv pip compile header' : /uv export/.test(comments) ? 'uv export header' : 'uv header';
    }
    if (/@generated by PDM/i.test(comments))
        return 'PDM export header';
    if (dependencies.length && dependencies.every((d) => d.hashes?.length))
        return 'hash-pinned: every requirement has --hash';
    return undefined;
}
function emptyIndex() {
    return { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] };
}
function include(target, constraint, pf, ctx, session, stack) {
    if (/^(http|https|file):/i.test(target)) {
        warn(ctx, 'requirements/remote-include', `'${target}' is fetched by pip at install time; it was not analysed`);
        return;
    }
    const path = joinPath(dirname(pf.path), target);
    if (path.startsWith('/') || path === '..' || path.startsWith('../')) {
        warn(ctx, 'requirements/outside-include', `'${target}' is outside the repository; it was not analysed`);
        return;
    }
    if (stack.includes(path)) {
        const cycle = [...stack.slice(stack.indexOf(path)), path].join(' → ');
        throw lineError(ctx, `include cycle: ${cycle} (pip would recurse until it crashes)`, 'requirements/include-cycle');
    }
    if (session.seen.has(path)) {
        if (!pf.includes.includes(path))
            pf.includes.push(path);
        return;
    }
    const text = session.reader.read(path);
    if (text === undefined)
        throw lineError(ctx, `${constraint ? 'constraints' : 'requirements'} file '${target}' not found (looked for ${path})`, 'requirements/missing-include');
    if (!pf.includes.includes(path))
        pf.includes.push(path);
    parseFile(path, text, constraint, undefined, session, stack);
}
function parseFile(path, text, constraint, lineMap, session, stack) {
    const pf = { path, kind: 'requirements', dependencies: [], includes: [], channels: [], diagnostics: [] };
    session.files.push(pf);
    session.seen.add(path);
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    for (const logical of logicalLines(body, session.env)) {
        const ctx = { reader: session.reader, file: path, line: lineMap ? lineMap(logical.line) : logical.line, diagnostics: pf.diagnostics };
        try {
            let parsed;
            try {
                parsed = splitLine(logical.text);
            }
            catch (e) {
                if (e instanceof LocatedError)
                    throw e;
                throw lineError(ctx, `invalid line '${logical.text}': ${e.message}`);
            }
            const { args, options } = parsed;
            let dep;
            if (args)
                dep = requirementLine(args, options.hashes, ctx);
            else if (options.editables.length)
                dep = editableLine(options.editables[0], ctx);
            else if (options.requirements.length)
                include(options.requirements[0], false, pf, ctx, session, [...stack, path]);
            else if (options.constraints.length)
                include(options.constraints[0], true, pf, ctx, session, [...stack, path]);
            else
                applyIndexOptions(pf, options, ctx);
            if (dep) {
                if (constraint)
                    dep.constraintOnly = true;
                pf.dependencies.push(dep);
            }
        }
        catch (e) {
            if (!(e instanceof LocatedError))
                throw e;
            pf.diagnostics.push(e.toDiagnostic());
        }
    }
    const generated = generatedReason(body, pf.dependencies);
    if (generated)
        pf.generated = generated;
}
/** handle_option_line: index options count only on lines without a requirement; one --find-links per line. */
function applyIndexOptions(pf, o, ctx) {
    if (o.hashes.length)
        warn(ctx, 'requirements/ignored-option', '--hash without a requirement on the same line is ignored by pip');
    if (!(o.indexUrl || o.extraIndexUrls.length || o.findLinks.length || o.noIndex || o.trustedHosts.length))
        return;
    const index = (pf.index ??= emptyIndex());
    if (o.indexUrl)
        index.indexUrl = o.indexUrl;
    index.extraIndexUrls.push(...o.extraIndexUrls);
    if (o.findLinks.length)
        index.findLinks.push(o.findLinks[0]);
    if (o.noIndex)
        index.noIndex = true;
    index.trustedHosts.push(...o.trustedHosts);
}
/**
 * Parses a requirements file's text. Returns the file first, then every file it reaches through -r/-c, once each, in
 * the order pip reads them. Problems are diagnostics on the files; nothing is thrown for what the files contain.
 */
function parseRequirementsText(text, file, reader, options = {}) {
    const session = { reader, env: options.env ?? {}, files: [], seen: new Set() };
    parseFile(normpath(file), text, options.constraint ?? false, options.lineMap, session, []);
    return session.files;
}
function parseRequirementsFile(file, reader, options = {}) {
    const text = reader.read(file);
    if (text !== undefined)
        return parseRequirementsText(text, file, reader, options);
    const diagnostic = { severity: 'error', code: 'requirements/missing-file', message: `${file} not found`, file };
    return [{ path: normpath(file), kind: 'requirements', dependencies: [], includes: [], channels: [], diagnostics: [diagnostic] }];
}

;// CONCATENATED MODULE: ./shared/env/conda-matchspec.ts
// Conda package match specifications ("MatchSpecs") and conda's own version ordering, read the way conda reads them
// (conda/models/match_spec.py and conda/models/version.py). Environment files write the same requirement in many
// forms — `numpy=1.9`, `numpy 1.9 py38_0`, `conda-forge::numpy[version='>=1.9']` — and the forms differ in meaning:
// `numpy=1.9` is any 1.9.x, while `numpy 1.9` and `numpy==1.9` are exactly 1.9 (conda's tests:
// `MatchSpec("numpy 1.7")` is `numpy==1.7` and `VersionSpec("1.7")` does not match 1.7.1).
//
// parseMatchSpec therefore never leaves a bare version in its output: exact versions come out as `==1.9`, prefix
// matches as `1.9.*`. The version functions below read a bare version as a version line (`1.9` = 1.9.*), the way the
// environment model records `python=3.11` and `.python-version` writes versions; a bare version never comes from a
// parsed MatchSpec, so the two readings never meet.

class MatchSpecError extends Error {
    column;
    /** 1-based column in the spec text where the problem is. */
    constructor(message, column) {
        super(message);
        this.column = column;
        this.name = 'MatchSpecError';
    }
}
const conda_matchspec_POST = Number.POSITIVE_INFINITY;
class CondaVersion {
    normalized;
    release;
    local;
    constructor(
    /** Lower-cased text, dashes turned into underscores as conda does. */
    normalized, release, local) {
        this.normalized = normalized;
        this.release = release;
        this.local = local;
    }
    /** Returns a reason instead of a version when conda would reject the string. */
    static parse(text) {
        let v = text.trim().toLowerCase();
        if (v === '')
            return 'empty version';
        const allowed = /^[*.+!_0-9a-z]+$/;
        if (!allowed.test(v) && v.includes('-') && !v.includes('_'))
            v = v.replace(/-/g, '_');
        if (!allowed.test(v))
            return `invalid character(s) in version '${text.trim()}'`;
        const epochSplit = v.split('!');
        if (epochSplit.length > 2)
            return `duplicated epoch separator '!' in '${v}'`;
        const epoch = epochSplit.length === 2 ? epochSplit[0] : '0';
        if (!/^[0-9]+$/.test(epoch))
            return `epoch must be an integer in '${v}'`;
        const localSplit = epochSplit[epochSplit.length - 1].split('+');
        if (localSplit.length > 2)
            return `duplicated local version separator '+' in '${v}'`;
        const main = localSplit[0];
        if (main === '')
            return `missing version before '+' in '${v}'`;
        // A trailing underscore is part of the last component: openssl's `1.0.1_` sorts before `1.0.1a`.
        const mainPieces = main.endsWith('_') ? main.slice(0, -1).replace(/_/g, '.').split('.') : main.replace(/_/g, '.').split('.');
        if (main.endsWith('_'))
            mainPieces[mainPieces.length - 1] += '_';
        const localPieces = localSplit.length === 2 ? localSplit[1].replace(/_/g, '.').split('.') : [];
        const release = splitComponents([epoch, ...mainPieces]);
        const local = splitComponents(localPieces);
        if (typeof release === 'string')
            return `${release} in '${v}'`;
        if (typeof local === 'string')
            return `${local} in '${v}'`;
        return new CondaVersion(v, release, local);
    }
    compare(other) {
        return compareComponents(this.release, other.release) || compareComponents(this.local, other.local);
    }
    /** Conda's prefix test: equal up to the last element of `prefix`, whose last part may be a string prefix. */
    startsWith(prefix) {
        let mine;
        let theirs;
        if (prefix.local.length > 0) {
            if (compareComponents(this.release, prefix.release) !== 0)
                return false;
            mine = this.local;
            theirs = prefix.local;
        }
        else {
            mine = this.release;
            theirs = prefix.release;
        }
        const last = theirs.length - 1;
        if (compareComponents(mine.slice(0, last), theirs.slice(0, last)) !== 0)
            return false;
        const mineLast = mine[last] ?? [];
        const theirsLast = theirs[last];
        const lastPart = theirsLast.length - 1;
        if (compareComponents([mineLast.slice(0, lastPart)], [theirsLast.slice(0, lastPart)]) !== 0)
            return false;
        const a = mineLast[lastPart] ?? 0n;
        const b = theirsLast[lastPart];
        if (typeof b === 'string')
            return typeof a === 'string' && a.startsWith(b);
        return a === b;
    }
}
function splitComponents(pieces) {
    const out = [];
    for (const piece of pieces) {
        const runs = piece.match(/[0-9]+|\*+|[^0-9*]+/g);
        if (!runs)
            return 'empty version component';
        const parts = runs.map((run) => (/^[0-9]/.test(run) ? BigInt(run) : run === 'post' ? conda_matchspec_POST : run === 'dev' ? 'DEV' : run));
        // Components start with a number so that numbers and strings stay in phase: `1.1.a1` equals `1.1.0a1`.
        out.push(/^[0-9]/.test(piece) ? parts : [0n, ...parts]);
    }
    return out;
}
function compareParts(a, b) {
    if (a === b)
        return 0;
    if (typeof a === 'string')
        return typeof b === 'string' ? (a < b ? -1 : 1) : -1;
    if (typeof b === 'string')
        return 1;
    if (a === conda_matchspec_POST)
        return 1;
    if (b === conda_matchspec_POST)
        return -1;
    return a < b ? -1 : 1;
}
/** Missing components and parts count as 0, so `1.1` equals `1.1.0`. */
function compareComponents(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i] ?? [];
        const y = b[i] ?? [];
        for (let j = 0; j < Math.max(x.length, y.length); j++) {
            const c = compareParts(x[j] ?? 0n, y[j] ?? 0n);
            if (c !== 0)
                return c;
        }
    }
    return 0;
}
const maxNesting = 64;
function compileVersionSpec(spec, bare) {
    const tokens = tokenizeVersionSpec(spec);
    let pos = 0;
    const fail = (message) => {
        throw new MatchSpecError(`${message} in version spec '${spec}'`, 1);
    };
    const parseOr = (depth) => {
        if (depth > maxNesting)
            fail('too deeply nested parentheses');
        const items = [parseAnd(depth)];
        while (tokens[pos] === '|') {
            pos++;
            items.push(parseAnd(depth));
        }
        return items.length === 1 ? items[0] : { kind: 'or', items };
    };
    const parseAnd = (depth) => {
        const items = [parseTerm(depth)];
        while (tokens[pos] === ',') {
            pos++;
            items.push(parseTerm(depth));
        }
        return items.length === 1 ? items[0] : { kind: 'and', items };
    };
    const parseTerm = (depth) => {
        const token = tokens[pos];
        if (token === '(') {
            pos++;
            const inner = parseOr(depth + 1);
            if (tokens[pos] !== ')')
                fail("missing ')'");
            pos++;
            return inner;
        }
        if (token === undefined || token === ')' || token === '|' || token === ',') {
            return fail(token === undefined ? 'missing version' : `unexpected '${token}'`);
        }
        pos++;
        return compileAtom(token, spec, bare);
    };
    const tree = parseOr(0);
    if (pos < tokens.length)
        fail(`unexpected '${tokens[pos]}'`);
    return tree;
}
function tokenizeVersionSpec(spec) {
    const tokens = [];
    const re = /\s*(\^[^$]*\$|[()|,]|[^()|,]+)/g;
    for (let m = re.exec(spec); m; m = re.exec(spec)) {
        const token = m[1].trim();
        if (token !== '')
            tokens.push(token);
    }
    return tokens;
}
const relation = /^(==|!=|<=|>=|~=|<|>|=)(?![=<>!~])(\S+)$/;
function compileAtom(atom, spec, bare) {
    const fail = (message) => {
        throw new MatchSpecError(`${message} in version spec '${spec}'`, 1);
    };
    const version = (text) => {
        const parsed = CondaVersion.parse(text);
        return typeof parsed === 'string' ? fail(parsed) : parsed;
    };
    if (atom.startsWith('^') || atom.endsWith('$')) {
        if (!atom.startsWith('^') || !atom.endsWith('$'))
            fail(`regular expression '${atom}' must start with '^' and end with '$'`);
        try {
            return { kind: 'pattern', pattern: new RegExp(atom), text: atom };
        }
        catch {
            return fail(`invalid regular expression '${atom}'`);
        }
    }
    if ('=<>!~'.includes(atom[0])) {
        const m = relation.exec(atom);
        if (!m)
            return fail(`invalid operator in '${atom}'`);
        const written = m[1];
        let target = m[2];
        let op = written === '=' ? 'startswith' : written;
        if (target.endsWith('.*')) {
            if (written === '~=')
                fail(`'~=' cannot be combined with '.*' in '${atom}'`);
            target = target.slice(0, -2);
            // Conda ignores `.*` after ordering operators and turns `!=1.9.*` into "does not start with 1.9".
            if (written === '!=')
                op = '!startswith';
        }
        const parsed = version(target);
        if (op === '~=' && !parsed.normalized.includes('.'))
            fail(`'~=' needs at least two version components in '${atom}'`);
        return { kind: 'compare', op, target: parsed, text: target };
    }
    if (atom === '*')
        return { kind: 'any' };
    const stem = atom.replace(/\*+$/, '');
    if (stem.includes('*')) {
        const source = atom.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
        return { kind: 'pattern', pattern: new RegExp(`^(?:${source})$`), text: atom };
    }
    if (atom.endsWith('*')) {
        const prefix = stem.replace(/\.+$/, '');
        return { kind: 'compare', op: 'startswith', target: version(prefix), text: prefix };
    }
    if (atom.includes('@'))
        return { kind: 'literal', text: atom };
    return { kind: 'compare', op: bare === 'exact' ? '==' : 'startswith', target: version(atom), text: atom };
}
/** One spelling per meaning: `1.9.*` for prefix matches, `==1.9` for exact versions. */
function renderVersionSpec(node, insideAnd = false) {
    switch (node.kind) {
        case 'any':
            return '*';
        case 'pattern':
        case 'literal':
            return node.text;
        case 'and':
            return node.items.map((item) => renderVersionSpec(item, true)).join(',');
        case 'or': {
            const joined = node.items.map((item) => renderVersionSpec(item)).join('|');
            return insideAnd ? `(${joined})` : joined;
        }
        case 'compare':
            if (node.op === 'startswith')
                return `${node.text}.*`;
            if (node.op === '!startswith')
                return `!=${node.text}.*`;
            return `${node.op}${node.text}`;
    }
}
function admits(node, raw, parsed) {
    switch (node.kind) {
        case 'any':
            return true;
        case 'pattern':
            return node.pattern.test(raw);
        case 'literal':
            return node.text === raw;
        case 'and':
            return node.items.every((item) => admits(item, raw, parsed));
        case 'or':
            return node.items.some((item) => admits(item, raw, parsed));
        case 'compare': {
            const v = parsed();
            const c = v.compare(node.target);
            switch (node.op) {
                case '==':
                    return c === 0;
                case '!=':
                    return c !== 0;
                case '<':
                    return c < 0;
                case '<=':
                    return c <= 0;
                case '>':
                    return c > 0;
                case '>=':
                    return c >= 0;
                case 'startswith':
                    return v.startsWith(node.target);
                case '!startswith':
                    return !v.startsWith(node.target);
                case '~=': {
                    const stem = CondaVersion.parse(node.target.normalized.split('.').slice(0, -1).join('.'));
                    return c >= 0 && typeof stem !== 'string' && v.startsWith(stem);
                }
            }
        }
    }
}
/**
 * Whether `version` satisfies a conda version spec (a MatchSpec's `version`) in conda's ordering: `==1.9` is exactly
 * 1.9 (1.9.0 too), `=1.9`, `1.9`, `1.9*` and `1.9.*` are any 1.9.x, `,` is and, `|` is or, `*` globs inside a
 * version, `^…$` is a regular expression, `>=`, `<`, `!=`, `~=` compare. Empty admits everything.
 * Throws MatchSpecError for a spec or version conda would reject.
 */
function condaVersionAdmits(versionSpec, version) {
    const node = versionSpec.trim() === '' ? { kind: 'any' } : compileVersionSpec(versionSpec, 'prefix');
    let cached;
    const parsed = () => {
        if (!cached) {
            const v = CondaVersion.parse(version);
            if (typeof v === 'string')
                throw new MatchSpecError(v, 1);
            cached = v;
        }
        return cached;
    };
    return admits(node, version.trim(), parsed);
}
// ---------------------------------------------------------------------------------------------------------------
// Translation to PEP 440, for checking a conda pin against a pip pin of the same package.
/** Beyond this many alternatives the spec is treated as unconstrained rather than expanded. */
const maxAlternatives = 64;
function toDisjunction(node) {
    switch (node.kind) {
        case 'or': {
            const out = [];
            for (const item of node.items) {
                const sub = toDisjunction(item);
                if (!sub)
                    return undefined;
                out.push(...sub);
                if (out.length > maxAlternatives)
                    return undefined;
            }
            return out;
        }
        case 'and': {
            let out = [[]];
            for (const item of node.items) {
                const sub = toDisjunction(item);
                if (!sub)
                    return undefined;
                const next = [];
                for (const left of out)
                    for (const right of sub)
                        next.push([...left, ...right]);
                if (next.length > maxAlternatives)
                    return undefined;
                out = next;
            }
            return out;
        }
        default:
            return [[node]];
    }
}
/** The PEP 440 clause of one atom; undefined when PEP 440 cannot say it (regexes, globs, non-PEP 440 versions). */
function pep440Clause(node) {
    if (node.kind !== 'compare')
        return undefined;
    const v = node.text;
    const clause = node.op === 'startswith' ? `==${v}.*` : node.op === '!startswith' ? `!=${v}.*` : `${node.op}${v}`;
    return validRange(clause) ? clause : undefined;
}
/**
 * The conda version spec as PEP 440 specifier sets, one per `|` alternative (`>=1.8|<1.2` → [`>=1.8`, `<1.2`]).
 * Clauses PEP 440 cannot express are left out, so each set admits at least what conda admits: a conflict found
 * with them is real. `''` means any version. Throws MatchSpecError for a spec conda would reject.
 */
function condaSpecToPep440(versionSpec) {
    if (versionSpec.trim() === '')
        return [''];
    const alternatives = toDisjunction(compileVersionSpec(versionSpec, 'prefix'));
    if (!alternatives)
        return [''];
    const sets = alternatives.map((atoms) => atoms
        .map(pep440Clause)
        .filter((clause) => clause !== undefined)
        .join(','));
    return [...new Set(sets)];
}
// ---------------------------------------------------------------------------------------------------------------
// MatchSpec strings.
/** Platform subdirectories conda knows; `conda-forge/linux-64::numpy` names a channel and a subdir. */
const knownSubdirs = new Set([
    'noarch',
    'emscripten-wasm32',
    'wasi-wasm32',
    'freebsd-64',
    'linux-32',
    'linux-64',
    'linux-aarch64',
    'linux-armv6l',
    'linux-armv7l',
    'linux-ppc64',
    'linux-ppc64le',
    'linux-riscv64',
    'linux-s390x',
    'osx-64',
    'osx-arm64',
    'win-32',
    'win-64',
    'win-arm64',
    'zos-z',
]);
/** Keys conda accepts in `name[key=value]`; other keys are an error there too. */
const bracketKeys = new Set([
    'channel',
    'subdir',
    'name',
    'version',
    'build',
    'build_string',
    'build_number',
    'track_features',
    'features',
    'url',
    'md5',
    'sha256',
    'license',
    'license_family',
    'fn',
]);
/** Conda package names: letters, digits, `_`, `-`, `.` (conda compares them lower-cased). */
const packageName = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
/**
 * Parses one conda dependency as conda does: `numpy`, `numpy=1.9` (1.9.*), `numpy==1.9`, `numpy>=1.9,<2`,
 * `numpy 1.9 py38_0`, `numpy=1.9=py38_0`, `conda-forge::numpy`, `conda-forge/linux-64::numpy`,
 * `numpy[version='>=1.9',build=py*]`, `numpy>=1.8|<1.2`, package URLs (`…/linux-64/numpy-1.9.3-py38_0.conda`).
 * Throws MatchSpecError with the column of the problem.
 */
function parseMatchSpec(text) {
    const columnOf = (piece) => Math.max(text.indexOf(piece), 0) + 1;
    const control = /[\u0000-\u0008\u000a-\u001f\u007f]/.exec(text);
    if (control)
        throw new MatchSpecError('control character in package spec', control.index + 1);
    let spec = text;
    const hash = spec.indexOf('#');
    if (hash !== -1)
        spec = spec.slice(0, hash);
    // Conda ignores a trailing ` if <condition>` (reserved for future use).
    const condition = spec.indexOf(' if ');
    if (condition !== -1)
        spec = spec.slice(0, condition);
    spec = spec.trim();
    if (spec === '')
        throw new MatchSpecError('empty package spec', 1);
    if (spec.endsWith('@'))
        throw new MatchSpecError('feature specs (`name@`) do not name a package', columnOf('@'));
    if (/\.(tar\.bz2|conda)$/.test(spec))
        return parsePackageUrl(spec, columnOf);
    let brackets;
    const open = spec.lastIndexOf('[');
    const close = spec.lastIndexOf(']');
    if (open !== -1 || close !== -1) {
        if (open === -1 || close < open)
            throw new MatchSpecError("unbalanced '[' ']'", columnOf(open === -1 ? ']' : '['));
        brackets = parseBrackets(spec.slice(open + 1, close), columnOf(spec.slice(open)) + 1);
        spec = spec.slice(0, open) + spec.slice(close + 1);
    }
    // Conda drops a legacy `(optional, target=…)` group.
    const parenOpen = spec.lastIndexOf('(');
    const parenClose = spec.lastIndexOf(')');
    if (parenOpen !== -1 && parenClose > parenOpen)
        spec = spec.slice(0, parenOpen) + spec.slice(parenClose + 1);
    let channel;
    let subdir;
    const colons = spec.split(':');
    if (colons.length > 1) {
        const rest = colons.pop();
        const namespace = colons.pop();
        if (namespace !== '')
            throw new MatchSpecError("unexpected ':'; a channel is written 'channel::name'", columnOf(':'));
        ({ channel, subdir } = parseChannel(colons.join(':')));
        spec = rest;
    }
    if (brackets?.has('channel')) {
        const fromBrackets = parseChannel(brackets.get('channel'));
        if (fromBrackets.channel !== undefined)
            channel = fromBrackets.channel;
        if (fromBrackets.subdir !== undefined)
            subdir = fromBrackets.subdir;
    }
    if (brackets?.has('subdir'))
        subdir = brackets.get('subdir');
    spec = spec.trim();
    const nameMatch = /^[^ =<>!~]*/.exec(spec);
    const name = nameMatch[0];
    if (name === '')
        throw new MatchSpecError('no package name', columnOf(spec));
    if (!packageName.test(name))
        throw new MatchSpecError(`invalid package name '${name}'`, columnOf(name));
    const rest = spec.slice(name.length).trim();
    if (rest.includes('['))
        throw new MatchSpecError('more than one bracket section', columnOf('['));
    let version = '';
    let build;
    if (rest !== '') {
        const split = splitVersionAndBuild(rest);
        build = split.build;
        if (build !== undefined && /\s/.test(build))
            throw new MatchSpecError(`unexpected text '${build}'`, columnOf(build));
        version = sanitizeVersion(split.version, build, columnOf(rest));
    }
    if (brackets?.has('version'))
        version = sanitizeVersion(brackets.get('version').replace(/ +/g, ''), undefined, columnOf('version'));
    const bracketBuild = brackets?.get('build') ?? brackets?.get('build_string');
    if (bracketBuild !== undefined)
        build = bracketBuild;
    return {
        name,
        ...(channel !== undefined ? { channel } : {}),
        ...(subdir !== undefined ? { subdir } : {}),
        version: canonicalVersion(version, columnOf(rest || name)),
        ...(build !== undefined ? { build } : {}),
    };
}
/**
 * Splits `1.9 py38_0`, `1.9=py38_0`, `>=1.0 , < 2.0 py34_0` into version and build: the build is what follows the
 * first space or `=` that does not end an operator, when it holds none of `-=,|<>~` (conda's
 * `_parse_version_plus_build`).
 */
function splitVersionAndBuild(rest) {
    for (let i = 1; i < rest.length - 1; i++) {
        if (rest[i] !== ' ' && rest[i] !== '=')
            continue;
        if ('=!|,<>~'.includes(rest[i - 1]))
            continue;
        const build = rest.slice(i + 1);
        if (/[-=,|<>~]/.test(build))
            continue;
        const trimmed = build.trim();
        if (trimmed === '')
            continue;
        return { version: rest.slice(0, i).replace(/ +/g, ''), build: trimmed };
    }
    // Conda removes spaces only; a tab left in a version makes it invalid, as in conda.
    return { version: rest.replace(/ +/g, '') };
}
/** Conda's MatchSpec rewrite of `=`: `=1.9` is `1.9*`, but `=1.9=build` and `==1.9` are exact. */
function sanitizeVersion(version, build, column) {
    if (version === '=' || version === '==')
        throw new MatchSpecError(`missing version after '${version}'`, column);
    if (!version.startsWith('='))
        return version;
    const bare = version.replace(/^=+/, '');
    if (version.startsWith('==') && build === undefined)
        return bare;
    if (!/[=,|]/.test(bare))
        return build === undefined && !bare.endsWith('*') ? `${bare}*` : bare;
    return version;
}
function canonicalVersion(version, column) {
    if (version === '')
        return '';
    try {
        const node = compileVersionSpec(version, 'exact');
        return node.kind === 'any' ? '' : renderVersionSpec(node);
    }
    catch (err) {
        if (err instanceof MatchSpecError)
            throw new MatchSpecError(err.message, column);
        throw err;
    }
}
function parseBrackets(body, column) {
    const out = new Map();
    let i = 0;
    const fail = (message) => {
        throw new MatchSpecError(message, column + i);
    };
    while (i < body.length) {
        if (body[i] === ',' || /\s/.test(body[i])) {
            i++;
            continue;
        }
        const key = /^[A-Za-z0-9_-]+/.exec(body.slice(i))?.[0];
        if (!key)
            fail(`expected key=value in brackets, found '${body.slice(i)}'`);
        if (!bracketKeys.has(key))
            fail(`unknown key '${key}' in brackets`);
        i += key.length;
        if (body[i] !== '=')
            fail(`expected '=' after '${key}' in brackets`);
        i++;
        let value;
        const quote = body[i];
        if (quote === '"' || quote === "'") {
            const end = body.indexOf(quote, i + 1);
            if (end === -1)
                fail(`unclosed ${quote} in brackets`);
            value = body.slice(i + 1, end);
            i = end + 1;
        }
        else {
            value = /^[^,\s'"]*/.exec(body.slice(i))[0];
            i += value.length;
        }
        if (value.trim() === '')
            fail(`empty value for '${key}' in brackets`);
        out.set(key, value.trim());
    }
    return out;
}
function parseChannel(written) {
    let channel = written.trim().replace(/\/+$/, '');
    let subdir;
    const slash = channel.lastIndexOf('/');
    if (slash !== -1 && knownSubdirs.has(channel.slice(slash + 1))) {
        subdir = channel.slice(slash + 1);
        channel = channel.slice(0, slash);
    }
    // The channel name is what users compare: `https://conda.anaconda.org/conda-forge` is `conda-forge`.
    channel = channel.replace(/^https?:\/\/conda\.anaconda\.org\//, '').replace(/^https?:\/\/repo\.anaconda\.com\//, '');
    return {
        ...(channel !== '' && channel !== '*' ? { channel } : {}),
        ...(subdir !== undefined ? { subdir } : {}),
    };
}
/** `https://…/conda-forge/linux-64/numpy-1.9.3-py38_0.conda` names a package exactly: name-version-build. */
function parsePackageUrl(spec, columnOf) {
    const path = spec.replace(/\\/g, '/');
    const slash = path.lastIndexOf('/');
    const file = path.slice(slash + 1).replace(/\.(tar\.bz2|conda)$/, '');
    const parts = file.split('-');
    if (parts.length < 3)
        throw new MatchSpecError(`package file name '${file}' is not name-version-build`, columnOf(file));
    const build = parts.pop();
    const version = parts.pop();
    const name = parts.join('-');
    if (!packageName.test(name))
        throw new MatchSpecError(`invalid package name '${name}'`, columnOf(name));
    const folder = slash === -1 ? '' : path.slice(0, slash);
    const located = /^[a-z][a-z0-9+.-]*:\/\//i.test(folder) ? parseChannel(folder) : {};
    return {
        name,
        ...(located.subdir !== undefined && located.channel !== undefined ? { channel: located.channel } : {}),
        ...(located.subdir !== undefined ? { subdir: located.subdir } : {}),
        version: canonicalVersion(`==${version}`, columnOf(version)),
        build,
    };
}

;// CONCATENATED MODULE: ./shared/env/include-path.ts
// Files name the files they pull in relative to their own folder; the model keeps paths relative to the analysed root.

/** Root-relative path of `target` named in `fromFile`; undefined when it is absolute or leaves the root. */
function resolveInclude(fromFile, target) {
    const wanted = target.trim().replace(/\\/g, '/');
    if (wanted === '' || external_node_path_default().posix.isAbsolute(wanted) || /^[A-Za-z]:\//.test(wanted))
        return undefined;
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(fromFile), wanted));
    if (joined === '..' || joined.startsWith('../') || joined === '.')
        return undefined;
    return joined.replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./shared/env/packaging-file.ts
// Builds one PackagingFile: every diagnostic gets the file and a line, every include a root-relative path.

class PackagingFileBuilder {
    format;
    file;
    /** `format` prefixes diagnostic codes (`pyproject/syntax`). */
    constructor(path, kind, format) {
        this.format = format;
        this.file = { path, kind, dependencies: [], includes: [], channels: [], diagnostics: [] };
    }
    /** Adds dependencies one by one: spreading a huge array into push() would overflow the call stack. */
    addDependencies(dependencies) {
        for (const d of dependencies)
            this.file.dependencies.push(d);
    }
    report(severity, code, message, line, column) {
        this.file.diagnostics.push({
            severity,
            code: `${this.format}/${code}`,
            message,
            file: this.file.path,
            line,
            ...(column !== undefined ? { column } : {}),
        });
    }
    /**
     * Records a file this one pulls in, named relative to this file (the loader reads it, and reports it when missing).
     * Returns its root-relative path, or undefined when it leaves the root.
     */
    include(target, line) {
        const resolved = resolveInclude(this.file.path, target);
        if (resolved === undefined) {
            this.report('warning', 'include-outside-root', `${target} is outside the analysed folder and is not read`, line);
            return undefined;
        }
        if (!this.file.includes.includes(resolved))
            this.file.includes.push(resolved);
        return resolved;
    }
}

;// CONCATENATED MODULE: ./shared/env/conda.ts
// Conda environment files (environment.yml, MLflow's conda.yaml) into the environment model. Each `dependencies:`
// entry is a MatchSpec, the `pip:` section is a requirements file whose `-r` paths are relative to the environment
// file (conda writes it next to that file before running pip), `python` sets the interpreter, and what
// `conda env export` wrote is marked generated.




/**
 * Parses an environment file. Returns the file itself first, then the requirements files its `pip:` section pulls in
 * with `-r`/`-c`. Never throws: malformed YAML and bad entries become diagnostics at their lines.
 */
function parseCondaEnvironment(file, text, reader, options = {}) {
    const out = new PackagingFileBuilder(file, 'conda', 'conda');
    const lines = new dist.LineCounter();
    const doc = dist.parseDocument(text, { keepSourceTokens: true, lineCounter: lines, prettyErrors: false });
    // An error at end of input (an unclosed bracket) belongs to the last line, not the empty one after the final newline.
    const lastLine = Math.max(lines.lineStarts.length - (text.endsWith('\n') ? 1 : 0), 1);
    const place = (offset) => {
        if (offset === undefined)
            return { line: 1, col: 1 };
        const pos = lines.linePos(Math.min(offset, text.length));
        return { line: Math.min(Math.max(pos.line, 1), lastLine), col: Math.max(pos.col, 1) };
    };
    const lineOf = (node) => place(rangeStart(node)).line;
    if (doc.errors.length > 0) {
        for (const error of doc.errors) {
            const at = place(error.pos[0]);
            out.report('error', 'syntax', firstLine(error.message), at.line, at.col);
        }
        return [out.file];
    }
    const root = doc.contents;
    if (isEmpty(root)) {
        out.report('warning', 'empty', 'the environment file declares nothing', 1);
        return [out.file];
    }
    if (!(0,dist.isMap)(root)) {
        out.report('error', 'structure', 'an environment file is a mapping with name, channels and dependencies', lineOf(root));
        return [out.file];
    }
    const found = { entries: [], pipLines: [] };
    let prefix;
    for (const pair of root.items) {
        const key = (0,dist.isScalar)(pair.key) ? String(pair.key.value) : undefined;
        const value = pair.value;
        const keyLine = lineOf(pair.key);
        switch (key) {
            case 'name':
                if ((0,dist.isScalar)(value) && value.value !== null && String(value.value).trim() !== '')
                    out.file.name = String(value.value).trim();
                else
                    out.report('warning', 'structure', '`name:` should be the environment name', keyLine);
                break;
            case 'prefix':
                if ((0,dist.isScalar)(value) && value.value !== null)
                    prefix = String(value.value);
                break;
            case 'channels':
                readChannels(value, out, lineOf, keyLine);
                break;
            case 'dependencies':
                readDependencies(value, out, place, keyLine, found);
                break;
            default:
                // `variables`, `channel_priority` and other keys conda or its plugins read: not dependencies.
                break;
        }
    }
    const { entries, pipLines, pipSectionLine } = found;
    if (prefix !== undefined)
        out.file.generated = `written by \`conda env export\` (it records the prefix ${prefix})`;
    else if (entries.length > 0 && entries.every((e) => e.build !== undefined && e.version.startsWith('==') && !/[,|]/.test(e.version))) {
        out.file.generated = 'every dependency pins a version and build string, as `conda env export` writes';
    }
    if (pipLines.length > 0 && !entries.some((e) => e.name.toLowerCase() === 'pip')) {
        out.report('warning', 'pip-not-listed', 'the `pip:` section is installed with whichever pip conda finds; list `pip` among the dependencies', pipSectionLine ?? 1);
    }
    return [out.file, ...readPipRequirements(pipLines, out, reader, options)];
}
function readDependencies(value, out, place, keyLine, found) {
    const lineOf = (node) => place(rangeStart(node)).line;
    if (isEmpty(value))
        return;
    if (!(0,dist.isSeq)(value)) {
        out.report('error', 'structure', '`dependencies:` should be a list', keyLine);
        return;
    }
    for (const item of value.items) {
        if ((0,dist.isScalar)(item)) {
            const spec = readEntry(item, out, place);
            if (spec) {
                found.entries.push(spec);
                addDependency(spec, out, lineOf(item));
            }
        }
        else if ((0,dist.isMap)(item)) {
            for (const section of item.items) {
                const name = (0,dist.isScalar)(section.key) ? String(section.key.value) : '';
                if (name !== 'pip') {
                    out.report('warning', 'entry', `conda installs only a \`pip:\` section, not \`${name}:\``, lineOf(section.key));
                }
                else if ((0,dist.isSeq)(section.value)) {
                    found.pipSectionLine ??= lineOf(section.key);
                    found.pipLines.push(...readPipSection(section.value.items, out, lineOf));
                }
                else if (!isEmpty(section.value)) {
                    out.report('error', 'entry', '`pip:` should be a list of requirements', lineOf(section.key));
                }
            }
        }
        else {
            const message = (0,dist.isAlias)(item) ? 'aliases are not package specs' : 'a dependency should be a package spec or a `pip:` section';
            out.report('error', 'entry', message, lineOf(item));
        }
    }
}
function readChannels(value, out, lineOf, keyLine) {
    if (isEmpty(value))
        return;
    if ((0,dist.isScalar)(value)) {
        out.file.channels.push(String(value.value).trim());
        out.report('warning', 'structure', '`channels:` should be a list', keyLine);
        return;
    }
    if (!(0,dist.isSeq)(value)) {
        out.report('error', 'structure', '`channels:` should be a list of channel names', keyLine);
        return;
    }
    for (const item of value.items) {
        if ((0,dist.isScalar)(item) && item.value !== null && String(item.value).trim() !== '')
            out.file.channels.push(String(item.value).trim());
        else
            out.report('warning', 'entry', 'a channel should be a name or URL', lineOf(item));
    }
}
/** The entry's MatchSpec, or undefined after reporting why conda would refuse it. */
function readEntry(item, out, place) {
    const at = place(rangeStart(item));
    if (item.value === null) {
        out.report('warning', 'entry', 'empty dependency entry', at.line);
        return undefined;
    }
    try {
        return parseMatchSpec(conda_scalarText(item));
    }
    catch (err) {
        if (!(err instanceof MatchSpecError))
            throw err;
        const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE' ? 1 : 0;
        out.report('error', 'matchspec', `${err.message} in '${conda_scalarText(item)}'`, at.line, at.col + quoted + err.column - 1);
        return undefined;
    }
}
function addDependency(spec, out, line) {
    const normalized = spec.name.toLowerCase();
    if (normalized === 'python') {
        if (out.file.python)
            out.report('warning', 'duplicate-python', `python is already declared on line ${out.file.python.line}`, line);
        else
            out.file.python = { specifier: pythonSpecifier(spec.version), file: out.file.path, line };
        return;
    }
    out.file.dependencies.push({
        name: spec.name,
        normalized,
        ecosystem: 'conda',
        specifier: spec.version,
        extras: [],
        editable: false,
        file: out.file.path,
        line,
        group: 'main',
        ...(spec.channel !== undefined ? { channel: spec.channel } : {}),
        ...(spec.build !== undefined ? { build: spec.build } : {}),
    });
}
/**
 * The model writes a Python version line as a bare version (`python=3.11` → `3.11`, as .python-version does); other
 * constraints stay in conda's syntax (`==3.11.4`, `>=3.9,<3.12`), which the drift checks translate.
 */
function pythonSpecifier(version) {
    const line = /^([0-9]+(?:\.[0-9]+)*)\.\*$/.exec(version);
    return line ? line[1] : version;
}
function readPipSection(items, out, lineOf) {
    const found = [];
    for (const item of items) {
        const line = lineOf(item);
        if (!(0,dist.isScalar)(item) || item.value === null) {
            out.report('error', 'entry', 'a `pip:` entry should be one requirement line', line);
            continue;
        }
        const text = conda_scalarText(item);
        // One entry is one requirements line; an embedded newline would smuggle in a second one.
        if (/[\r\n]/.test(text)) {
            out.report('error', 'entry', 'a `pip:` entry should be one requirement line', line);
            continue;
        }
        found.push({ text, line });
    }
    return found;
}
/** Feeds the pip section to the requirements parser as one file whose lines map back to the YAML lines. */
function readPipRequirements(pipLines, out, reader, options) {
    if (pipLines.length === 0)
        return [];
    const text = pipLines.map((l) => l.text).join('\n');
    const lineMap = (physical) => pipLines[Math.min(Math.max(physical, 1), pipLines.length) - 1].line;
    const [own, ...included] = parseRequirementsText(text, out.file.path, reader, { env: options.env, lineMap });
    if (own) {
        out.file.dependencies.push(...own.dependencies);
        for (const include of own.includes)
            if (!out.file.includes.includes(include))
                out.file.includes.push(include);
        if (own.index)
            out.file.index = own.index;
        out.file.diagnostics.push(...own.diagnostics);
    }
    return included;
}
/** A key with nothing after it (`pip:`), or an empty document. */
function isEmpty(node) {
    return node === null || node === undefined || ((0,dist.isScalar)(node) && node.value === null);
}
function conda_scalarText(node) {
    if (typeof node.value === 'string')
        return node.value;
    return node.source ?? String(node.value);
}
function rangeStart(node) {
    const range = node?.range;
    return range?.[0];
}
function firstLine(message) {
    return message.split('\n')[0].trim();
}

;// CONCATENATED MODULE: ./shared/env/pep508-dependency.ts
// Dependencies declared as PEP 508 strings (PEP 621, setup.py, python_env.yaml) or as parts (Poetry, Pipfile) become
// PyPI Dependency values; what pip would reject becomes a diagnostic at its line and the rest of the file goes on.


const validName = /^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/;
/** `a and b`, each side parenthesised so that `or` inside either keeps its meaning. */
function andMarkers(...markers) {
    const present = markers.map((m) => m?.trim()).filter((m) => !!m);
    if (present.length <= 1)
        return present[0];
    return present.map((m) => `(${m})`).join(' and ');
}
/** Parses `text` as PEP 508 and adds it to the file; `extraMarker` is and-ed to its own (setuptools `extra:marker`). */
function addPep508Dependency(b, text, line, group, extraMarker) {
    const dependency = pep508Dependency(b, text, line, group, extraMarker);
    if (dependency)
        b.file.dependencies.push(dependency);
    return dependency;
}
/** Like addPep508Dependency, without adding it: for dependencies that only count when something refers to them. */
function pep508Dependency(b, text, line, group, extraMarker) {
    let parsed;
    try {
        parsed = parsePep508(text.trim());
    }
    catch (error) {
        if (!(error instanceof RequirementSyntaxError))
            throw error;
        b.report('error', 'requirement', `invalid requirement "${text.trim()}": ${error.message}`, line);
        return undefined;
    }
    const marker = andMarkers(parsed.marker, extraMarker);
    const dependency = {
        name: parsed.name,
        normalized: parsed.normalized,
        ecosystem: 'pypi',
        specifier: parsed.specifier,
        extras: parsed.extras,
        ...(marker ? { marker } : {}),
        ...(parsed.url ? { url: parsed.url } : {}),
        editable: false,
        file: b.file.path,
        line,
        group,
    };
    return dependency;
}
/** Checks each part the way pip would see it; a bad part is a diagnostic at `line` and gives undefined. */
function dependencyFromParts(b, parts, line, group) {
    const fail = (what) => {
        b.report('error', 'requirement', `${parts.name}: ${what}`, line);
        return undefined;
    };
    if (!validName.test(parts.name))
        return fail('not a valid package name');
    const extras = parts.extras ?? [];
    const badExtra = extras.find((e) => !validName.test(e));
    if (badExtra !== undefined)
        return fail(`"${badExtra}" is not a valid extra name`);
    const specifier = parts.specifier.replace(/\s+/g, '');
    if (specifier && !validRange(specifier))
        return fail(`"${parts.specifier}" is not a valid version specifier`);
    const marker = parts.marker?.trim();
    if (marker) {
        try {
            parsePep508(`x ; ${marker}`);
        }
        catch (error) {
            if (!(error instanceof RequirementSyntaxError))
                throw error;
            return fail(`invalid environment marker "${marker}": ${error.message}`);
        }
    }
    const dependency = {
        name: parts.name,
        normalized: normalizeName(parts.name),
        ecosystem: 'pypi',
        specifier,
        extras,
        ...(marker ? { marker } : {}),
        ...(parts.url ? { url: parts.url } : {}),
        editable: parts.editable ?? false,
        file: b.file.path,
        line,
        group,
        ...(parts.hashes?.length ? { hashes: parts.hashes } : {}),
    };
    return dependency;
}

;// CONCATENATED MODULE: ./shared/env/python-tokens.ts
// Enough of Python's tokenizer to read setup.py without running it: names, numbers, strings (decoded when they are
// plain text), operators, grouped into logical lines (brackets and `\` join physical lines) and then statements.
/** A string left open or a character that cannot start a token; carries the line. */
class PythonTokenError extends Error {
    line;
    name = 'PythonTokenError';
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const operators = [
    '**=', '//=', '>>=', '<<=', '...', '!=', '==', '<=', '>=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
    '@=', '**', '//', '<<', '>>',
];
const identifier = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const stringStart = /([rRbBuUfFtT]{0,2})('''|"""|'|")/y;
const prefixChars = 'rRbBuUfFtT';
const number = /(?:\d[\dA-Za-z_]*(?:\.[\dA-Za-z_]*)?|\.\d[\dA-Za-z_]*)(?:(?<=[eE])[+-][\dA-Za-z_]*)?/y;
const compoundKeywords = new Set([
    'if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'def', 'class', 'async',
]);
/** Tokenizes `text` into logical lines; throws PythonTokenError for an unterminated string. */
function tokenizePython(text) {
    const s = text;
    const lines = [];
    let current = [];
    let indent = 0;
    let line = 1;
    let depth = 0;
    let atLineStart = true;
    let i = 0;
    const endLogicalLine = () => {
        if (current.length)
            lines.push({ indent, line: current[0].line, tokens: current });
        current = [];
        atLineStart = true;
    };
    const newlineLength = (at) => (s[at] === '\r' ? (s[at + 1] === '\n' ? 2 : 1) : s[at] === '\n' ? 1 : 0);
    while (i < s.length) {
        if (atLineStart && depth === 0) {
            let width = 0;
            while (s[i] === ' ' || s[i] === '\t' || s[i] === '\f') {
                width = s[i] === '\t' ? (Math.floor(width / 8) + 1) * 8 : s[i] === ' ' ? width + 1 : 0;
                i++;
            }
            indent = width;
            atLineStart = false;
            if (i >= s.length)
                break;
        }
        const c = s[i];
        const nl = newlineLength(i);
        if (nl) {
            i += nl;
            line++;
            if (depth === 0)
                endLogicalLine();
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\f') {
            i++;
            continue;
        }
        if (c === '#') {
            while (i < s.length && !newlineLength(i))
                i++;
            continue;
        }
        if (c === '\\' && newlineLength(i + 1)) {
            i += 1 + newlineLength(i + 1);
            line++;
            continue;
        }
        // Dispatch on the first character: most tokens are punctuation, and the regexes are the slow path.
        let str = null;
        if (c === '"' || c === "'" || prefixChars.includes(c)) {
            stringStart.lastIndex = i;
            str = stringStart.exec(s);
        }
        if (str && /^(?:[rRuU]?|[bBfFtT][rR]?|[rR][bBfFtT])$/.test(str[1])) {
            const token = readString(s, i, str[1], str[2], line);
            current.push(token.token);
            line += token.newlines;
            i = token.end;
            continue;
        }
        identifier.lastIndex = i;
        const name = /[A-Za-z_]/.test(c) || c > '\x7f' ? identifier.exec(s) : null;
        if (name) {
            current.push({ kind: 'name', text: name[0], line });
            i += name[0].length;
            continue;
        }
        number.lastIndex = i;
        const num = (c >= '0' && c <= '9') || c === '.' ? number.exec(s) : null;
        if (num) {
            current.push({ kind: 'number', text: num[0], line });
            i += num[0].length;
            continue;
        }
        const op = '()[]{},;'.includes(c) ? c : (operators.find((o) => s.startsWith(o, i)) ?? String.fromCodePoint(s.codePointAt(i)));
        if ('([{'.includes(op))
            depth++;
        else if (')]}'.includes(op))
            depth = Math.max(0, depth - 1);
        current.push({ kind: 'op', text: op, line });
        i += op.length;
    }
    endLogicalLine();
    return lines;
}
function readString(s, start, prefix, quote, line) {
    const lower = prefix.toLowerCase();
    const raw = lower.includes('r');
    const formatted = lower.includes('f') || lower.includes('t');
    const triple = quote.length === 3;
    const bodyStart = start + prefix.length + quote.length;
    let i = bodyStart;
    let newlines = 0;
    let fields = false;
    for (;;) {
        if (i >= s.length)
            throw new PythonTokenError('unterminated string', line);
        if (s.startsWith(quote, i))
            break;
        const c = s[i];
        if (c === '\\') {
            if (s[i + 1] === '\r' && s[i + 2] === '\n')
                i++;
            if (s[i + 1] === '\n' || s[i + 1] === '\r')
                newlines++;
            i += 2;
            continue;
        }
        if (c === '\n' || c === '\r') {
            if (!triple)
                throw new PythonTokenError('unterminated string', line);
            if (!(c === '\r' && s[i + 1] === '\n'))
                newlines++;
            i++;
            continue;
        }
        if (formatted && c === '{') {
            if (s[i + 1] === '{') {
                i += 2;
                continue;
            }
            fields = true;
            const end = skipField(s, i, line);
            newlines += countNewlines(s.slice(i, end));
            i = end;
            continue;
        }
        i++;
    }
    const body = s.slice(bodyStart, i);
    const end = i + quote.length;
    const text = s.slice(start, end);
    let value;
    if (!lower.includes('b') && !fields) {
        const plain = formatted ? body.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : body;
        value = raw ? plain.replace(/\r\n?/g, '\n') : decodeEscapes(plain);
    }
    return { token: { kind: 'string', text, line, ...(value !== undefined ? { value } : {}) }, end, newlines };
}
/** Skips an f-string replacement field `{...}` (nested brackets and strings included); returns the offset after it. */
function skipField(s, start, line) {
    let depth = 0;
    let i = start;
    while (i < s.length) {
        const c = s[i];
        if (c === '{' || c === '[' || c === '(')
            depth++;
        else if (c === '}' || c === ']' || c === ')') {
            depth--;
            if (depth === 0)
                return i + 1;
        }
        else if (c === '"' || c === "'") {
            const q = s.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
            const close = s.indexOf(q, i + q.length);
            if (close === -1)
                break;
            i = close + q.length;
            continue;
        }
        i++;
    }
    throw new PythonTokenError('unterminated f-string replacement field', line);
}
function countNewlines(text) {
    return (text.match(/\r\n|\r|\n/g) ?? []).length;
}
const escapes = {
    '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};
function decodeEscapes(body) {
    return body
        .replace(/\r\n?/g, '\n')
        .replace(/\\(\n|[0-7]{1,3}|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/gs, (whole, esc) => {
        if (esc === '\n')
            return '';
        if (/^[0-7]/.test(esc))
            return String.fromCharCode(Number.parseInt(esc, 8));
        if (esc.length > 1) {
            const code = Number.parseInt(esc.slice(1), 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return escapes[esc] ?? whole;
    });
}
/** Splits logical lines into statements: `;` separates them, and a compound header's `:` ends the header. */
function splitStatements(lines) {
    const statements = [];
    const simple = (tokens, indent) => {
        for (const part of splitTopLevel(tokens, ';')) {
            if (part.length)
                statements.push({ indent, line: part[0].line, tokens: part });
        }
    };
    for (const { indent, tokens } of lines) {
        const keyword = tokens[0]?.kind === 'name' && compoundKeywords.has(tokens[0].text) ? tokens[0].text : undefined;
        const colon = keyword ? headerColon(tokens) : -1;
        if (keyword === undefined || colon === -1) {
            simple(tokens, indent);
            continue;
        }
        statements.push({ indent, line: tokens[0].line, tokens: tokens.slice(0, colon), compound: keyword });
        simple(tokens.slice(colon + 1), indent + 0.5);
    }
    return statements;
}
/** Index of the `:` ending a compound header, skipping those of lambdas, slices and dicts. */
function headerColon(tokens) {
    let depth = 0;
    let lambdas = 0;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        depth = Math.max(0, depth + bracket(t));
        if (depth === 0 && t.kind === 'name' && t.text === 'lambda')
            lambdas++;
        else if (depth === 0 && t.kind === 'op' && t.text === ':') {
            if (lambdas === 0)
                return i;
            lambdas--;
        }
    }
    return -1;
}
/** +1 for an opening bracket, -1 for a closing one, 0 for any other token. */
function bracket(t) {
    if (t.kind !== 'op' || t.text.length !== 1)
        return 0;
    const c = t.text;
    return c === '(' || c === '[' || c === '{' ? 1 : c === ')' || c === ']' || c === '}' ? -1 : 0;
}
/** Splits tokens at `separator` operators outside brackets. */
function splitTopLevel(tokens, separator) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        depth = Math.max(0, depth + bracket(t));
        if (depth === 0 && t.kind === 'op' && t.text === separator) {
            parts.push(tokens.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(start === 0 ? tokens : tokens.slice(start));
    return parts;
}
/** Index of the bracket closing the one at `open`, or -1. */
function matchingBracket(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        depth += bracket(tokens[i]);
        if (depth === 0)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./shared/env/python-literals.ts
// Static values of Python expressions in setup.py: string, list, tuple and dict displays of literals, names bound to
// them, `+` of such values. Anything else is opaque; an opaque value remembers which requirements files the
// expression mentions (`open('requirements.txt')`, `Path(here) / 'requirements.txt'`), the usual reason it is one.

/** Names bound so far, and helper functions with the requirements files their bodies mention. */
class PyScope {
    names = new Map();
    functions = new Map();
}
const requirementsFile = /\.(txt|in)$/i;
const isOp = (t, text) => t?.kind === 'op' && t.text === text;
/**
 * Requirement lists nest a few levels (a dict of lists of tuples); deeper displays are read as opaque, which keeps
 * the recursion short and the work linear in the file.
 */
const python_literals_maxNesting = 16;
let nesting = 0;
/** The value of an expression's tokens. */
function evaluate(tokens, scope) {
    const line = tokens[0]?.line ?? 1;
    if (tokens.length === 0)
        return { kind: 'opaque', line, files: [] };
    if (nesting >= python_literals_maxNesting)
        return opaque(tokens, scope);
    nesting++;
    try {
        const operands = splitTopLevel(tokens, '+');
        if (operands.length > 1) {
            if (operands.some((o) => o.length === 0))
                return opaque(tokens, scope);
            return operands.map((o) => evaluate(o, scope)).reduce((a, b) => add(a, b, tokens, scope));
        }
        return atom(tokens, scope) ?? opaque(tokens, scope);
    }
    finally {
        nesting--;
    }
}
function add(a, b, tokens, scope) {
    if (a.kind === 'str' && b.kind === 'str')
        return { kind: 'str', value: a.value + b.value, line: a.line };
    if (a.kind === 'list' && b.kind === 'list')
        return { kind: 'list', items: [...a.items, ...b.items], line: a.line };
    return opaque(tokens, scope);
}
/** A display or a name; undefined when the tokens are anything else. */
function atom(tokens, scope) {
    const first = tokens[0];
    const line = first.line;
    if (tokens.every((t) => t.kind === 'string')) {
        if (tokens.some((t) => t.value === undefined))
            return undefined;
        return { kind: 'str', value: tokens.map((t) => t.value).join(''), line };
    }
    if (tokens.length === 1 && first.kind === 'name')
        return scope.names.get(first.text);
    const last = tokens.length - 1;
    const wraps = (open) => isOp(first, open) && matchingBracket(tokens, 0) === last;
    if (wraps('[') || wraps('(')) {
        const inner = tokens.slice(1, -1);
        if (isComprehension(inner))
            return undefined;
        const items = splitTopLevel(inner, ',');
        const tuple = items.length > 1 || first.text === '[';
        if (!tuple)
            return inner.length ? evaluate(inner, scope) : { kind: 'list', items: [], line };
        return sequence(items, line, scope);
    }
    if (wraps('{')) {
        const inner = tokens.slice(1, -1);
        if (isComprehension(inner))
            return undefined;
        const items = splitTopLevel(inner, ',').filter((item) => item.length);
        const isDict = items.length === 0 || items.some((item) => isOp(item[0], '**') || splitTopLevel(item, ':').length > 1);
        return isDict ? dict(items, line, scope, ':') : sequence(items, line, scope);
    }
    // EXTRAS["dev"]
    if (first.kind === 'name' && isOp(tokens[1], '[') && matchingBracket(tokens, 1) === last) {
        const container = scope.names.get(first.text);
        const key = evaluate(tokens.slice(2, -1), scope);
        if (container?.kind !== 'dict' || key.kind !== 'str')
            return undefined;
        return container.entries.find((e) => e.key === key.value)?.value;
    }
    if (first.kind === 'name' && first.text === 'dict' && isOp(tokens[1], '(') && matchingBracket(tokens, 1) === last) {
        return dict(splitTopLevel(tokens.slice(2, -1), ',').filter((item) => item.length), line, scope, '=');
    }
    return undefined;
}
function isComprehension(tokens) {
    return splitTopLevel(tokens, ',').some((part) => {
        let depth = 0;
        return part.some((t) => {
            depth += bracket(t);
            return depth === 0 && t.kind === 'name' && t.text === 'for';
        });
    });
}
function sequence(items, line, scope) {
    const values = [];
    for (const item of items) {
        if (item.length === 0)
            continue; // trailing comma
        if (isOp(item[0], '*')) {
            const spread = evaluate(item.slice(1), scope);
            if (spread.kind === 'list')
                for (const v of spread.items)
                    values.push(v);
            else
                values.push(spread.kind === 'opaque' ? spread : opaque(item, scope));
        }
        else
            values.push(evaluate(item, scope));
    }
    return { kind: 'list', items: values, line };
}
/** `{k: v, **d}` (separator `:`) or `dict(k=v, **d)` (separator `=`); undefined when a key is not a literal. */
function dict(items, line, scope, separator) {
    const entries = [];
    const set = (entry) => {
        const at = entries.findIndex((e) => e.key === entry.key);
        if (at === -1)
            entries.push(entry);
        else
            entries[at] = entry;
    };
    for (const item of items) {
        if (isOp(item[0], '**')) {
            const merged = evaluate(item.slice(1), scope);
            if (merged.kind !== 'dict')
                return undefined;
            merged.entries.forEach(set);
            continue;
        }
        const [keyTokens, ...rest] = splitTopLevel(item, separator);
        if (!keyTokens?.length || rest.length === 0)
            return undefined;
        const valueTokens = item.slice(keyTokens.length + 1);
        let key;
        if (separator === '=')
            key = keyTokens.length === 1 && keyTokens[0].kind === 'name' ? keyTokens[0].text : undefined;
        else {
            const k = evaluate(keyTokens, scope);
            key = k.kind === 'str' ? k.value : undefined;
        }
        if (key === undefined)
            return undefined;
        set({ key, value: evaluate(valueTokens, scope), line: keyTokens[0].line });
    }
    return { kind: 'dict', entries, line };
}
/** An opaque value with the requirements files its expression mentions. */
function opaque(tokens, scope) {
    return { kind: 'opaque', line: tokens[0]?.line ?? 1, files: mentionedFiles(tokens, scope) };
}
/**
 * Requirements files an expression mentions: string literals (and names bound to them) ending in `.txt`/`.in`,
 * `os.path.join(...)` of literal parts, `Path(...) / 'a' / 'b.txt'` chains; names bound to computed values and helper
 * functions carry the files they mention.
 */
function mentionedFiles(tokens, scope) {
    const found = [];
    const add = (path, line) => {
        if (requirementsFile.test(path) && !found.some((f) => f.path === path))
            found.push({ path, line });
    };
    const literal = (t) => {
        if (t?.kind === 'string')
            return t.value;
        const bound = t?.kind === 'name' ? scope.names.get(t.text) : undefined;
        return bound?.kind === 'str' ? bound.value : undefined;
    };
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === 'name' && t.text === 'join' && isOp(tokens[i + 1], '(')) {
            const close = matchingBracket(tokens, i + 1);
            if (close !== -1) {
                const parts = splitTopLevel(tokens.slice(i + 2, close), ',')
                    .map((arg) => (arg.length === 1 ? literal(arg[0]) : undefined))
                    .filter((p) => p !== undefined);
                if (parts.length > 1) {
                    add(parts.join('/'), t.line);
                    i = close;
                    continue;
                }
            }
        }
        if (t.kind === 'name') {
            // A name bound to something computed (a file handle, lines read from a file) brings that file along.
            const bound = scope.names.get(t.text);
            if (bound?.kind === 'opaque')
                for (const f of bound.files)
                    add(f.path, f.line);
            if (isOp(tokens[i + 1], '('))
                for (const f of scope.functions.get(t.text) ?? [])
                    add(f.path, f.line);
        }
        let path = literal(t);
        if (path === undefined)
            continue;
        // `base / 'requirements' / 'gpu.txt'`
        while (isOp(tokens[i + 1], '/') && literal(tokens[i + 2]) !== undefined) {
            path = `${path}/${literal(tokens[i + 2])}`;
            i += 2;
        }
        add(path, t.line);
    }
    return found;
}

;// CONCATENATED MODULE: ./shared/env/setuptools-lines.ts
// How setuptools turns requirement strings (install_requires in setup.py or setup.cfg) into requirements: blank lines
// and `#` lines skipped, ` #` comments dropped, a trailing `\` joining the next line (jaraco.text's yield_lines,
// drop_comment and join_continuation, in that order).
/** The lines of a string whose first line is file line `firstLine`. */
function stringLines(value, firstLine) {
    return value.split(/\r\n|\r|\n/).map((text, n) => ({ text, line: firstLine + n }));
}
function setuptoolsRequirements(lines) {
    const kept = lines
        .map((l) => ({ text: l.text.trim(), line: l.line }))
        .filter((l) => l.text !== '' && !l.text.startsWith('#'))
        .map((l) => ({ text: l.text.split(' #')[0], line: l.line }));
    const joined = [];
    for (let n = 0; n < kept.length; n++) {
        const first = kept[n];
        let text = first.text;
        while (text.endsWith('\\')) {
            const next = kept[++n];
            // A dangling `\` on the last line drops the requirement, as setuptools does.
            if (next === undefined)
                return joined;
            text = text.slice(0, -2).trim() + next.text;
        }
        joined.push({ text: text.trim(), line: first.line });
    }
    return joined;
}

;// CONCATENATED MODULE: ./shared/env/setup-py.ts
// setup.py, read without running it. The `setup(...)` call's arguments are evaluated statically (python-literals):
// literal lists, tuples, dicts and strings, names bound to them, `+`, `append`/`extend`/`[key] =` on those names.
// Reading a requirements file (`open('requirements.txt')`, `Path(...).read_text()`, a helper called with its name) is
// recorded as an include; any other computed argument gets a notice naming it.






/** Requirement-list arguments and the group their requirements go to. */
const requirementArguments = { install_requires: 'main', setup_requires: 'build', tests_require: 'test' };
const setup_py_isOp = (t, text) => t?.kind === 'op' && t.text === text;
const isName = (t, text) => t?.kind === 'name' && (text === undefined || t.text === text);
/** `reader` is unused: included requirements files are named in `includes` and read by the loader. */
function parseSetupPy(file, text, _reader) {
    const b = new PackagingFileBuilder(file, 'setup.py', 'setup-py');
    let statements;
    try {
        statements = splitStatements(tokenizePython(text));
    }
    catch (error) {
        if (!(error instanceof PythonTokenError))
            throw error;
        b.report('error', 'syntax', `setup.py cannot be read: ${error.message}`, error.line);
        return [b.file];
    }
    const call = findSetupCall(statements);
    if (!call) {
        b.report('notice', 'no-setup-call', 'no setup() call was found, so this file declares no dependencies', 1);
        return [b.file];
    }
    readArguments(b, call, bindNames(statements, call.index));
    return [b.file];
}
/** The first `setup(` / `setuptools.setup(` call that is not a definition. */
function findSetupCall(statements) {
    for (const [index, { tokens }] of statements.entries()) {
        for (let k = 0; k < tokens.length - 1; k++) {
            if (!isName(tokens[k], 'setup') || !setup_py_isOp(tokens[k + 1], '(') || isName(tokens[k - 1], 'def'))
                continue;
            if (setup_py_isOp(tokens[k - 1], '.') && !['setuptools', 'core'].includes(tokens[k - 2]?.text ?? ''))
                continue;
            return { index, tokens, open: k + 1 };
        }
    }
    return undefined;
}
/** For each statement, the `def`/`class` headers it is nested in. */
function enclosingDefinitions(statements) {
    const open = [];
    return statements.map((s, index) => {
        while (open.length && open[open.length - 1].indent >= s.indent)
            open.pop();
        const enclosing = open.filter((o) => o.definition).map((o) => o.index);
        if (s.compound)
            open.push({ indent: s.indent, index, definition: definitionName(s) !== undefined });
        return enclosing;
    });
}
function definitionName(s) {
    const t = s.compound === 'async' ? s.tokens.slice(1) : s.tokens;
    return (isName(t[0], 'def') || isName(t[0], 'class')) && isName(t[1]) ? t[1].text : undefined;
}
/**
 * Runs the bindings that reach the setup call, in source order: module level and the bodies enclosing the call; other
 * functions only contribute the requirements files they mention. A call at module level sees names as bound before it.
 */
function bindNames(statements, setupIndex) {
    const scope = new PyScope();
    const enclosing = enclosingDefinitions(statements);
    const reaching = new Set(enclosing[setupIndex]);
    const bodies = new Map();
    enclosing.forEach((headers, k) => {
        for (const h of headers) {
            const body = bodies.get(h) ?? [];
            for (const t of statements[k].tokens)
                body.push(t);
            bodies.set(h, body);
        }
    });
    for (const [j, s] of statements.entries()) {
        if (j === setupIndex && reaching.size === 0)
            break;
        if (enclosing[j].some((h) => !reaching.has(h)))
            continue;
        const defined = definitionName(s);
        if (defined !== undefined) {
            if (!reaching.has(j))
                scope.functions.set(defined, mentionedFiles(bodies.get(j) ?? [], scope));
        }
        else if (s.compound === 'for')
            bindLoop(s.tokens, scope);
        else if (s.compound === 'with' || (s.compound === 'async' && isName(s.tokens[1], 'with')))
            bindWith(s.tokens, scope);
        else if (!s.compound)
            applyStatement(s.tokens, scope);
    }
    return scope;
}
/** `for line in open('requirements.txt'):` — the loop variable stands for what it iterates. */
function bindLoop(tokens, scope) {
    const at = tokens.findIndex((t, k) => k > 0 && isName(t, 'in'));
    if (at === -1)
        return;
    const source = opaque(tokens.slice(at + 1), scope);
    for (const target of splitTopLevel(tokens.slice(1, at), ',')) {
        if (target.length === 1 && isName(target[0]))
            scope.names.set(target[0].text, source);
    }
}
/** `with open('requirements.txt') as f:` — `f` stands for the file. */
function bindWith(tokens, scope) {
    let items = tokens.slice(isName(tokens[0], 'async') ? 2 : 1);
    if (setup_py_isOp(items[0], '(') && matchingBracket(items, 0) === items.length - 1)
        items = items.slice(1, -1);
    for (const item of splitTopLevel(items, ',')) {
        const as = item.findIndex((t) => isName(t, 'as'));
        const target = item[as + 1];
        if (as > 0 && item.length === as + 2 && isName(target))
            scope.names.set(target.text, opaque(item.slice(0, as), scope));
    }
}
/** Assignments (`=`, `+=`, `x[k] =`) and list/dict mutations (`append`, `extend`, `insert`, `update`). */
function applyStatement(tokens, scope) {
    const parts = splitTopLevel(tokens, '=');
    if (parts.length > 1) {
        const value = evaluate(parts[parts.length - 1], scope);
        for (const target of parts.slice(0, -1))
            setup_py_assign(target, value, scope);
        return;
    }
    const augmented = tokens.findIndex((t) => setup_py_isOp(t, '+='));
    if (augmented === 1 && isName(tokens[0])) {
        const name = tokens[0].text;
        const current = scope.names.get(name);
        const added = evaluate(tokens.slice(2), scope);
        // A snapshot of the added items: `R += R` must not iterate the list it grows.
        if (current?.kind === 'list' && added.kind === 'list')
            for (const v of [...added.items])
                current.items.push(v);
        else if (current?.kind === 'str' && added.kind === 'str') {
            scope.names.set(name, { ...current, value: current.value + added.value });
        }
        else
            scope.names.set(name, opaque(tokens, scope));
        return;
    }
    // NAME.method(args)
    if (tokens.length >= 5 && isName(tokens[0]) && setup_py_isOp(tokens[1], '.') && isName(tokens[2]) && setup_py_isOp(tokens[3], '(')) {
        if (matchingBracket(tokens, 3) !== tokens.length - 1)
            return;
        const target = scope.names.get(tokens[0].text);
        const args = splitTopLevel(tokens.slice(4, -1), ',').filter((a) => a.length);
        const method = tokens[2].text;
        if (target?.kind === 'list' && method === 'append' && args.length === 1)
            target.items.push(evaluate(args[0], scope));
        else if (target?.kind === 'list' && method === 'insert' && args.length === 2)
            target.items.push(evaluate(args[1], scope));
        else if (target?.kind === 'list' && method === 'extend' && args.length === 1) {
            const added = evaluate(args[0], scope);
            for (const v of added.kind === 'list' ? [...added.items] : [added])
                target.items.push(v);
        }
        else if (target?.kind === 'dict' && method === 'update' && args.length === 1) {
            const added = evaluate(args[0], scope);
            if (added.kind === 'dict')
                for (const entry of added.entries)
                    setEntry(target, entry.key, entry.value, entry.line);
        }
    }
}
function setup_py_assign(target, value, scope) {
    // NAME, or NAME: annotation
    if (isName(target[0]) && (target.length === 1 || setup_py_isOp(target[1], ':'))) {
        scope.names.set(target[0].text, value);
        return;
    }
    // NAME['key']
    if (isName(target[0]) && setup_py_isOp(target[1], '[') && matchingBracket(target, 1) === target.length - 1) {
        const container = scope.names.get(target[0].text);
        const key = evaluate(target.slice(2, -1), scope);
        if (container?.kind === 'dict' && key.kind === 'str')
            setEntry(container, key.value, value, target[0].line);
        return;
    }
    // a, b = ...: each name is now something computed.
    const computed = value.kind === 'opaque' ? value : opaque(target, scope);
    for (const part of splitTopLevel(target, ','))
        if (part.length === 1 && isName(part[0]))
            scope.names.set(part[0].text, computed);
}
function setEntry(dict, key, value, line) {
    const at = dict.entries.findIndex((e) => e.key === key);
    if (at === -1)
        dict.entries.push({ key, value, line });
    else
        dict.entries[at] = { key, value, line };
}
function readArguments(b, call, scope) {
    const { tokens, open } = call;
    const close = matchingBracket(tokens, open);
    if (close === -1) {
        b.report('error', 'syntax', 'the setup( call is never closed', tokens[open].line);
        return;
    }
    for (const arg of splitTopLevel(tokens.slice(open + 1, close), ',')) {
        if (isName(arg[0]) && setup_py_isOp(arg[1], '=')) {
            readArgument(b, arg[0].text, evaluate(arg.slice(2), scope));
        }
        else if (setup_py_isOp(arg[0], '**')) {
            const spread = evaluate(arg.slice(1), scope);
            if (spread.kind === 'dict')
                for (const e of spread.entries)
                    readArgument(b, e.key, e.value);
            else if (spread.kind === 'opaque')
                unresolved(b, spread, `setup(${arg.map((t) => t.text).join('')})`);
            else
                b.report('error', 'schema', `setup(${arg.map((t) => t.text).join('')}) must unpack a dict`, spread.line);
        }
    }
}
function readArgument(b, name, value) {
    const group = requirementArguments[name];
    if (group !== undefined)
        requirements(b, value, group, name);
    else if (name === 'extras_require')
        extras(b, value);
    else if (name === 'name' || name === 'python_requires') {
        if (value.kind !== 'str') {
            b.report('notice', 'dynamic', `${name} could not be read statically`, value.line);
        }
        else if (name === 'name') {
            b.file.name = value.value.trim();
        }
        else {
            const specifier = value.value.replace(/\s+/g, '');
            if (!validRange(specifier)) {
                b.report('warning', 'python-requires', `python_requires "${value.value}" is not a PEP 440 specifier`, value.line);
            }
            b.file.python = { specifier, file: b.file.path, line: value.line };
        }
    }
}
function requirements(b, value, group, label, marker) {
    if (value.kind === 'str') {
        for (const req of setuptoolsRequirements(stringLines(value.value, value.line))) {
            addPep508Dependency(b, req.text, req.line, group, marker);
        }
    }
    else if (value.kind === 'list') {
        for (const item of value.items)
            requirements(b, item, group, label, marker);
    }
    else if (value.kind === 'opaque') {
        unresolved(b, value, label);
    }
    else {
        b.report('error', 'schema', `${label} must be a list of requirements, not a dict`, value.line);
    }
}
/** extras_require: `{"extra": [...]}`, where a key may carry a marker (`"test:python_version<'3.8'"`). */
function extras(b, value) {
    if (value.kind === 'opaque')
        return unresolved(b, value, 'extras_require');
    if (value.kind !== 'dict') {
        b.report('error', 'schema', 'extras_require must be a dict of extra name to requirements', value.line);
        return;
    }
    for (const { key, value: reqs } of value.entries) {
        const colon = key.indexOf(':');
        const group = (colon === -1 ? key : key.slice(0, colon)).trim();
        const marker = colon === -1 ? undefined : key.slice(colon + 1).trim() || undefined;
        requirements(b, reqs, group, `extras_require[${JSON.stringify(key)}]`, marker);
    }
}
/** A computed value: the requirements files it reads become includes; otherwise the user is told it was skipped. */
function unresolved(b, value, label) {
    if (value.files.length)
        for (const f of value.files)
            b.include(f.path, f.line);
    else
        b.report('notice', 'dynamic', `${label} could not be read statically; its requirements are not checked`, value.line);
}

;// CONCATENATED MODULE: ./shared/env/ini-file.ts
// INI files the way Python's configparser reads setup.cfg: `[section]` headers, `key = value` or `key: value`,
// continuation lines indented deeper than their key, full-line `#`/`;` comments (skipped, also inside values), no
// inline comments. Problems configparser raises on (a line outside any section, a line that is not an option,
// a duplicate section or option) are collected with their line, and reading goes on.
const ini_file_option = /^(.*?)\s*[=:]\s*(.*)$/;
function readIni(text) {
    const sections = new Map();
    const errors = [];
    let section;
    let current;
    let keyIndent = Number.MAX_SAFE_INTEGER;
    text.split('\n').forEach((raw, n) => {
        const line = n + 1;
        const stripped = raw.trim();
        if (stripped.startsWith('#') || stripped.startsWith(';'))
            return;
        if (stripped === '') {
            current?.lines.push({ text: '', line });
            return;
        }
        const indent = raw.search(/\S/);
        if (current && indent > keyIndent) {
            current.lines.push({ text: stripped, line });
            return;
        }
        keyIndent = indent;
        current = undefined;
        const header = /^\[(.+)\]/.exec(stripped);
        if (header) {
            const name = header[1];
            section = sections.get(name);
            if (section)
                errors.push({ line, message: `section [${name}] is declared twice` });
            else {
                section = { name, line, options: new Map() };
                sections.set(name, section);
            }
            return;
        }
        const m = ini_file_option.exec(stripped);
        if (!m || m[1] === '') {
            errors.push({ line, message: `"${stripped}" is neither a [section] nor a key = value line` });
            return;
        }
        if (!section) {
            const message = 'no [section] header before this line';
            if (!errors.some((e) => e.message === message))
                errors.push({ line, message });
            return;
        }
        const key = m[1];
        if (section.options.has(key)) {
            errors.push({ line, message: `${key} is set twice in [${section.name}]` });
            return;
        }
        current = { key, line, lines: [{ text: m[2], line }] };
        section.options.set(key, current);
    });
    for (const s of sections.values()) {
        for (const o of s.options.values())
            while (o.lines.length > 1 && o.lines[o.lines.length - 1].text === '')
                o.lines.pop();
    }
    return { sections, errors };
}

;// CONCATENATED MODULE: ./shared/env/setup-cfg.ts
// setup.cfg, read as setuptools does: [metadata] name, [options] install_requires / setup_requires / tests_require /
// python_requires, [options.extras_require]. A requirement list is one requirement per line when the value spans
// lines, otherwise split at `;` (which is why a marker on a one-line value is a mistake), or `file: a.txt, b.txt`.





const requirementOptions = { install_requires: 'main', setup_requires: 'build', tests_require: 'test' };
const markerVariables = [
    'python_version', 'python_full_version', 'os_name', 'sys_platform', 'platform_release', 'platform_system',
    'platform_version', 'platform_machine', 'platform_python_implementation', 'implementation_name',
    'implementation_version', 'extra',
];
const markerStart = new RegExp(`^(${markerVariables.join('|')})\\s*(==|!=|<=|>=|<|>|~=|===|not\\s+in|in)`);
/** An option by setuptools' name; `install-requires` is the deprecated spelling of `install_requires`. */
function get(section, key) {
    if (!section)
        return undefined;
    for (const o of section.options.values())
        if (o.key.replace(/-/g, '_') === key)
            return o;
    return undefined;
}
function parseSetupCfg(file, text, _reader) {
    const b = new PackagingFileBuilder(file, 'setup.cfg', 'setup-cfg');
    const ini = readIni(text);
    for (const e of ini.errors)
        b.report('error', 'syntax', e.message, e.line);
    const options = ini.sections.get('options');
    const name = get(ini.sections.get('metadata'), 'name');
    if (name?.lines[0]?.text)
        b.file.name = name.lines[0].text;
    const python = get(options, 'python_requires');
    if (python) {
        const written = python.lines.map((l) => l.text).join('');
        const specifier = written.replace(/\s+/g, '');
        if (!validRange(specifier)) {
            b.report('warning', 'python-requires', `python_requires "${written}" is not a PEP 440 specifier`, python.line);
        }
        b.file.python = { specifier, file, line: python.line };
    }
    for (const [key, group] of Object.entries(requirementOptions)) {
        const o = get(options, key);
        if (o)
            setup_cfg_readRequirements(b, o, group);
    }
    for (const o of ini.sections.get('options.extras_require')?.options.values() ?? [])
        setup_cfg_readRequirements(b, o, o.key);
    return [b.file];
}
function setup_cfg_readRequirements(b, o, group) {
    const lines = o.lines.length > 1 ? o.lines : splitOneLine(b, o);
    const first = lines.find((l) => l.text.trim() !== '');
    if (first?.text.trim().startsWith('file:')) {
        const files = lines.map((l) => l.text).join(',').trim().slice('file:'.length);
        for (const f of files.split(','))
            if (f.trim())
                b.include(f.trim(), first.line);
        return;
    }
    for (const req of setuptoolsRequirements(lines))
        addPep508Dependency(b, req.text, req.line, group);
}
/** A one-line value is split at `;`; a part that is a marker was meant for the requirement before it. */
function splitOneLine(b, o) {
    const only = o.lines[0];
    if (only.text.trim().startsWith('file:'))
        return [only];
    const parts = only.text.split(';').map((text) => ({ text, line: only.line }));
    return parts.filter((part, n) => {
        if (n === 0 || !markerStart.test(part.text.trim()))
            return true;
        const message = `setuptools splits a one-line ${o.key} at ";", so "${part.text.trim()}" is read as a requirement, ` +
            'not as a marker: put each requirement on its own line';
        b.report('warning', 'marker-on-one-line', message, only.line);
        return false;
    });
}

;// CONCATENATED MODULE: ./shared/env/poetry-constraint.ts
// Poetry version constraints (`^1.2`, `~1.2`, `1.2.*`, `>=1 <2`, `^1 || ^3`) in PEP 440 terms.
//
// PEP 440 has no "or". A constraint with `||` keeps each branch in `alternatives`, and `specifier` is the smallest single
// range holding all of them (`^1.2 || ^3.0` → `>=1.2,<4.0`), with `exact: false` since it also admits the versions
// between the branches. Callers use `specifier` as the dependency's constraint and tell the user it was widened.

class PoetryConstraintError extends Error {
    name = 'PoetryConstraintError';
}
const comparison = /^(\^|~=|~|===|==|!=|>=|<=|>|<|=)?\s*(\S+)$/;
const wildcard = /^(\d+(?:\.\d+)*)(?:\.[xX*])+$/;
/** Converts a Poetry constraint; throws PoetryConstraintError when it is not one. */
function poetryToPep440(constraint) {
    const alternatives = constraint.split(/\s*\|\|?\s*/).map((branch) => convertBranch(branch.trim(), constraint));
    const distinct = [...new Set(alternatives)];
    if (distinct.length === 1)
        return { alternatives, specifier: distinct[0], exact: true };
    return { alternatives, specifier: hull(alternatives), exact: false };
}
/** The constraint as a marker on the interpreter (Poetry's `python = "^3.8"` on a dependency); undefined = any. */
function poetryPythonMarker(constraint) {
    const branches = poetryToPep440(constraint).alternatives.map((alt) => alt
        .split(',')
        .filter(Boolean)
        .map((clause) => {
        const [, op, version] = /^(~=|===|==|!=|>=|<=|>|<)(.*)$/.exec(clause);
        // python_version is only "X.Y"; finer versions need python_full_version.
        const release = version.replace(/\.\*$/, '').split('.');
        const variable = release.length >= 3 ? 'python_full_version' : 'python_version';
        const value = variable === 'python_version' && release.length === 2 ? version.replace(/\.\*$/, '') : version;
        return `${variable} ${op} "${value}"`;
    })
        .join(' and '));
    if (branches.some((b) => b === ''))
        return undefined;
    return branches.length === 1 ? branches[0] : branches.map((b) => (b.includes(' and ') ? `(${b})` : b)).join(' or ');
}
function convertBranch(branch, whole) {
    if (branch === '' || branch === '*' || branch === 'x' || branch === 'X')
        return '';
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(branch);
    if (hyphen)
        return `>=${exactVersion(hyphen[1], whole)},<=${exactVersion(hyphen[2], whole)}`;
    // Clauses are separated by commas or spaces; a space after an operator belongs to the clause (`>= 1.2`).
    const clauses = branch
        .replace(/(\^|~=|~|===|==|!=|>=|<=|>|<|=)\s+/g, '$1')
        .split(/\s*,\s*|\s+/)
        .filter(Boolean);
    if (clauses.length === 0)
        throw new PoetryConstraintError(`"${whole}" is not a version constraint`);
    const converted = clauses.map((clause) => convertClause(clause, whole)).filter(Boolean);
    return [...new Set(converted.flatMap((c) => c.split(',')))].join(',');
}
function convertClause(clause, whole) {
    const m = comparison.exec(clause);
    if (!m)
        throw new PoetryConstraintError(`"${whole}" is not a version constraint`);
    const op = m[1] ?? '';
    const text = m[2].replace(/^[vV](?=\d)/, '');
    if (text === '*' || text === 'x' || text === 'X') {
        if (op === '' || op === '==' || op === '=' || op === '>=')
            return '';
        throw new PoetryConstraintError(`"${whole}": ${op}${text} is not a version constraint`);
    }
    const star = wildcard.exec(text);
    if (star) {
        if (op === '' || op === '==' || op === '=')
            return `==${star[1]}.*`;
        if (op === '!=')
            return `!=${star[1]}.*`;
        throw new PoetryConstraintError(`"${whole}": a wildcard version can only follow == or !=`);
    }
    if (op === '===')
        return `===${text}`;
    const version = exactVersion(text, whole);
    switch (op) {
        case '^':
            return `>=${version},<${nextBreaking(version, 'caret')}`;
        case '~':
            return `>=${version},<${nextBreaking(version, 'tilde')}`;
        case '~=':
            // PEP 440 needs two release segments for ~=; Poetry reads `~=1` as `>=1,<2`.
            return version_parse(version).release.length === 1 ? `>=${version},<${nextBreaking(version, 'tilde')}` : `~=${version}`;
        case '':
        case '=':
            return `==${version}`;
        default:
            return `${op}${version}`;
    }
}
function exactVersion(text, whole) {
    const version = clean(text.replace(/^[vV](?=\d)/, ''));
    if (!version)
        throw new PoetryConstraintError(`"${whole}": "${text}" is not a version`);
    return version;
}
/**
 * Upper bound of `^v` / `~v`, with as many release segments as written: `^1.2.3` → 2.0.0, `^0.2.3` → 0.3.0,
 * `^0.0.3` → 0.0.4, `^0` → 1, `~1.2` → 1.3, `~1` → 2 (Poetry's next_major/next_minor/next_patch).
 */
function nextBreaking(version, kind) {
    const parsed = version_parse(version);
    const release = parsed.release;
    let bump;
    if (kind === 'tilde')
        bump = release.length === 1 ? 0 : 1;
    else if (release[0] > 0 || release.length === 1)
        bump = 0;
    else if (release[1] > 0 || release.length === 2)
        bump = 1;
    else
        bump = 2;
    const upper = release.map((part, i) => (i < bump ? part : i === bump ? part + 1 : 0));
    return `${parsed.epoch ? `${parsed.epoch}!` : ''}${upper.join('.')}`;
}
/** Lower and upper bound of one PEP 440 specifier (undefined = unbounded on that side). */
function poetry_constraint_bounds(specifier) {
    let lower;
    let upper;
    const tighterLower = (b) => {
        const c = lower ? compare(b.version, lower.version) : 1;
        if (c > 0 || (c === 0 && !b.inclusive))
            lower = b;
    };
    const tighterUpper = (b) => {
        const c = upper ? compare(b.version, upper.version) : -1;
        if (c < 0 || (c === 0 && !b.inclusive))
            upper = b;
    };
    for (const clause of specifier.split(',').filter(Boolean)) {
        const [, op, version] = /^(~=|===|==|!=|>=|<=|>|<)(.*)$/.exec(clause);
        const v = version;
        if (op === '>=')
            tighterLower({ version: v, inclusive: true });
        else if (op === '>')
            tighterLower({ version: v, inclusive: false });
        else if (op === '<=')
            tighterUpper({ version: v, inclusive: true });
        else if (op === '<')
            tighterUpper({ version: v, inclusive: false });
        else if (op === '==' && v.endsWith('.*')) {
            const prefix = v.slice(0, -2);
            tighterLower({ version: prefix, inclusive: true });
            tighterUpper({ version: bumpLast(prefix.split('.')), inclusive: false });
        }
        else if (op === '==') {
            tighterLower({ version: v, inclusive: true });
            tighterUpper({ version: v, inclusive: true });
        }
        else if (op === '~=') {
            const release = version_parse(v).release;
            tighterLower({ version: v, inclusive: true });
            tighterUpper({ version: bumpLast(release.slice(0, -1).map(String)), inclusive: false });
        }
    }
    return { lower, upper };
}
function bumpLast(parts) {
    return parts.map((p, i) => (i === parts.length - 1 ? String(Number(p) + 1) : p)).join('.');
}
/** Smallest single range holding every alternative. */
function hull(alternatives) {
    const all = alternatives.map(poetry_constraint_bounds);
    let lower;
    let upper;
    if (all.every((b) => b.lower)) {
        for (const { lower: b } of all) {
            const c = lower ? compare(b.version, lower.version) : -1;
            if (c < 0 || (c === 0 && b.inclusive))
                lower = b;
        }
    }
    if (all.every((b) => b.upper)) {
        for (const { upper: b } of all) {
            const c = upper ? compare(b.version, upper.version) : 1;
            if (c > 0 || (c === 0 && b.inclusive))
                upper = b;
        }
    }
    const parts = [];
    if (lower)
        parts.push(`${lower.inclusive ? '>=' : '>'}${lower.version}`);
    if (upper)
        parts.push(`${upper.inclusive ? '<=' : '<'}${upper.version}`);
    return parts.join(',');
}

;// CONCATENATED MODULE: ./shared/env/line-index.ts
// Offsets to 1-based line numbers. Lines end at `\n` (so `\r\n` too), the convention of smol-toml, yaml and editors.
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** Number of lines; a trailing newline opens an (empty) last line, as editors count. */
    get count() {
        return this.starts.length;
    }
    /** The 1-based line holding `offset` (clamped to the text). */
    lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}

;// CONCATENATED MODULE: ./shared/env/path-lines.ts
// Where each value of a parsed document (TOML, JSON) was declared, by its path in the parsed value
// (`['project', 'dependencies', 3]`): the line of its key, table header or array item.
const pathKey = (path) => JSON.stringify(path);
class PathLines {
    lines;
    constructor(lines) {
        this.lines = lines;
    }
    line(path) {
        return this.lines.get(pathKey(path));
    }
    /** The line of `path`, else of its nearest located ancestor, else 1. */
    nearest(path) {
        for (let n = path.length; n > 0; n--) {
            const line = this.lines.get(pathKey(path.slice(0, n)));
            if (line !== undefined)
                return line;
        }
        return 1;
    }
}

;// CONCATENATED MODULE: ./shared/env/toml-lines.ts
// smol-toml gives values without positions. This scanner walks a TOML document that smol-toml has already accepted and
// records the line where each key, table header and array item starts, keyed by its path in the parsed value
// (`['project', 'dependencies', 3]`). It checks nothing: on text that is not TOML it still ends, with fewer lines.


const bareKeyChar = /[A-Za-z0-9_-]/;
const simpleEscapes = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
class Scanner {
    s;
    i = 0;
    index;
    lines = new Map();
    /** How many `[[path]]` headers each array of tables has had so far. */
    arrayTables = new Map();
    constructor(s) {
        this.s = s;
        this.index = new LineIndex(s);
    }
    scan() {
        let table = [];
        const s = this.s;
        while (this.i < s.length) {
            this.skipSpaces();
            const c = s[this.i];
            if (c === undefined)
                break;
            if (c === '#')
                this.skipToLineEnd();
            else if (c === '\n' || c === '\r')
                this.i++;
            else if (c === '[')
                table = this.header();
            else {
                const start = this.i;
                const keys = this.key();
                if (keys.length === 0) {
                    this.skipToLineEnd();
                    continue;
                }
                this.skipSpaces();
                if (s[this.i] === '=')
                    this.i++;
                this.skipSpaces();
                this.recordKeys(table, keys, start);
                this.value([...table, ...keys]);
            }
        }
        return new PathLines(this.lines);
    }
    record(path, offset) {
        const k = pathKey(path);
        if (!this.lines.has(k))
            this.lines.set(k, this.index.lineOf(offset));
    }
    /** A dotted key declares each of its prefixes too (`a.b = 1` declares table `a`). */
    recordKeys(base, keys, offset) {
        for (let n = 1; n <= keys.length; n++)
            this.record([...base, ...keys.slice(0, n)], offset);
    }
    header() {
        const start = this.i;
        const arrayTable = this.s[this.i + 1] === '[';
        this.i += arrayTable ? 2 : 1;
        const keys = this.key();
        this.skipSpaces();
        if (this.s[this.i] === ']')
            this.i += arrayTable && this.s[this.i + 1] === ']' ? 2 : 1;
        // In `[a.b]` after `[[a]]`, `a` means the last table of that array.
        const path = [];
        keys.forEach((k, n) => {
            path.push(k);
            const count = this.arrayTables.get(pathKey(path));
            if (n < keys.length - 1 && count !== undefined)
                path.push(count - 1);
        });
        if (arrayTable) {
            const count = this.arrayTables.get(pathKey(path)) ?? 0;
            this.arrayTables.set(pathKey(path), count + 1);
            this.record(path, start);
            path.push(count);
        }
        for (let n = 1; n <= path.length; n++)
            this.record(path.slice(0, n), start);
        return path;
    }
    /** A possibly dotted key; empty when none starts here. */
    key() {
        const keys = [];
        for (;;) {
            this.skipSpaces();
            const c = this.s[this.i];
            if (c === '"')
                keys.push(unescapeBasic(this.quoted('"')));
            else if (c === "'")
                keys.push(this.quoted("'"));
            else {
                const start = this.i;
                while (this.i < this.s.length && bareKeyChar.test(this.s[this.i]))
                    this.i++;
                if (this.i === start)
                    return keys;
                keys.push(this.s.slice(start, this.i));
            }
            this.skipSpaces();
            if (this.s[this.i] !== '.')
                return keys;
            this.i++;
        }
    }
    /** Body of a one-line string starting at the quote; leaves the scanner after the closing quote. */
    quoted(quote) {
        const s = this.s;
        const start = ++this.i;
        while (this.i < s.length && s[this.i] !== quote && s[this.i] !== '\n') {
            this.i += quote === '"' && s[this.i] === '\\' ? 2 : 1;
        }
        const body = s.slice(start, Math.min(this.i, s.length));
        if (s[this.i] === quote)
            this.i++;
        return body;
    }
    multiline(quote) {
        const s = this.s;
        const fence = quote.repeat(3);
        this.i += 3;
        while (this.i < s.length && !s.startsWith(fence, this.i))
            this.i += quote === '"' && s[this.i] === '\\' ? 2 : 1;
        this.i += 3;
        // Up to two quotes may sit right before the closing fence; they belong to the string.
        for (let extra = 0; extra < 2 && s[this.i] === quote; extra++)
            this.i++;
    }
    value(path) {
        const s = this.s;
        const c = s[this.i];
        if (c === '"' || c === "'") {
            if (s.startsWith(c.repeat(3), this.i))
                this.multiline(c);
            else
                this.quoted(c);
        }
        else if (c === '[') {
            this.i++;
            for (let n = 0;; n++) {
                this.skipBlank();
                if (this.i >= s.length)
                    return;
                if (s[this.i] === ']') {
                    this.i++;
                    return;
                }
                this.record([...path, n], this.i);
                this.value([...path, n]);
                this.skipBlank();
                if (s[this.i] === ',')
                    this.i++;
                else if (s[this.i] === ']') {
                    this.i++;
                    return;
                }
                else
                    return;
            }
        }
        else if (c === '{') {
            this.i++;
            for (;;) {
                this.skipBlank();
                if (this.i >= s.length)
                    return;
                if (s[this.i] === '}') {
                    this.i++;
                    return;
                }
                const start = this.i;
                const keys = this.key();
                if (keys.length === 0)
                    return;
                this.skipSpaces();
                if (s[this.i] === '=')
                    this.i++;
                this.skipSpaces();
                this.recordKeys(path, keys, start);
                this.value([...path, ...keys]);
                this.skipBlank();
                if (s[this.i] === ',')
                    this.i++;
                else if (s[this.i] === '}') {
                    this.i++;
                    return;
                }
                else
                    return;
            }
        }
        else {
            // Numbers, booleans, dates (which may hold a space): up to the next delimiter.
            while (this.i < s.length && !',]}#\n\r'.includes(s[this.i]))
                this.i++;
        }
    }
    skipSpaces() {
        while (this.s[this.i] === ' ' || this.s[this.i] === '\t')
            this.i++;
    }
    /** Spaces, newlines and comments, as allowed between array items. */
    skipBlank() {
        for (;;) {
            this.skipSpaces();
            const c = this.s[this.i];
            if (c === '\n' || c === '\r')
                this.i++;
            else if (c === '#')
                this.skipToLineEnd();
            else
                return;
        }
    }
    skipToLineEnd() {
        while (this.i < this.s.length && this.s[this.i] !== '\n')
            this.i++;
    }
}
function unescapeBasic(body) {
    return body.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|.)/g, (whole, esc) => {
        if (esc.length > 1) {
            const code = Number.parseInt(esc.slice(1), 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return simpleEscapes[esc] ?? whole;
    });
}
/** Lines of every key, header and array item of a TOML document. */
function locateTomlLines(text) {
    return new Scanner(text).scan();
}

;// CONCATENATED MODULE: ./shared/env/toml-document.ts
// A TOML file as data plus the line of each key: smol-toml checks and parses, toml-lines places.



/** Parses `text`; malformed TOML throws LocatedError `<format>/syntax` at the line smol-toml reports. */
function readTomlDocument(file, text, format) {
    let data;
    try {
        data = parse_parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0].replace(/^Invalid TOML document: /, '') : '';
        if (error instanceof TomlError) {
            throw new LocatedError(`${format}/syntax`, `invalid TOML: ${message}`, file, error.line, error.column);
        }
        // smol-toml's own limits (nesting depth) are not TomlErrors and carry no place.
        throw new LocatedError(`${format}/syntax`, `invalid TOML: ${message}`, file, 1);
    }
    return { data, lines: locateTomlLines(text) };
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
/** The value at `path` below `root`, or undefined when a step is missing or not a table. */
function tomlGet(root, path) {
    let value = root;
    for (const step of path) {
        if (typeof step === 'number')
            value = Array.isArray(value) ? value[step] : undefined;
        else
            value = isTable(value) && Object.hasOwn(value, step) ? value[step] : undefined;
        if (value === undefined)
            return undefined;
    }
    return value;
}
/** `a.b."c.d"` for messages. */
function tomlPathText(path) {
    return path
        .map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z0-9_-]+$/.test(p) ? p : JSON.stringify(p)))
        .join('.')
        .replace(/\.\[/g, '[');
}

;// CONCATENATED MODULE: ./shared/env/poetry-dependencies.ts
// Poetry's own tables in pyproject.toml: [tool.poetry.dependencies] (with `python`), dev-dependencies, groups, extras
// and sources. Constraints become PEP 440 (poetry-constraint); table forms become extras, markers and URLs.




const poetry = ['tool', 'poetry'];
function readPoetry(f, options) {
    const b = f.b;
    if (!f.has(poetry))
        return;
    const name = f.string([...poetry, 'name']);
    if (name && !b.file.name)
        b.file.name = name;
    const optional = new Map();
    const main = [...poetry, 'dependencies'];
    for (const key of Object.keys(f.table(main) ?? {})) {
        if (key === 'python') {
            if (!options.projectPython)
                readPython(f, [...main, key]);
        }
        else if (!options.projectDependencies) {
            const declared = readDependency(f, [...main, key], key, 'main');
            if (declared.optional)
                optional.set(normalizeName(key), { deps: declared.deps, line: f.line([...main, key]) });
            else
                b.addDependencies(declared.deps);
        }
    }
    readTable(f, [...poetry, 'dev-dependencies'], 'dev');
    for (const group of Object.keys(f.table([...poetry, 'group']) ?? {})) {
        if (f.table([...poetry, 'group', group]))
            readTable(f, [...poetry, 'group', group, 'dependencies'], group);
    }
    readExtras(f, optional);
    readSources(f);
}
function readTable(f, path, group) {
    for (const key of Object.keys(f.table(path) ?? {})) {
        if (key === 'python')
            continue;
        f.b.addDependencies(readDependency(f, [...path, key], key, group).deps);
    }
}
function readPython(f, path) {
    const written = f.string(path);
    if (written === undefined)
        return;
    const line = f.line(path);
    const specifier = convert(f, written, 'python', line);
    if (specifier !== undefined)
        f.b.file.python = { specifier, file: f.b.file.path, line };
}
/** PEP 440 form of a constraint; undefined (with an error) when it is not one, with a notice when widened. */
function convert(f, constraint, name, line) {
    try {
        const converted = poetryToPep440(constraint);
        if (!converted.exact) {
            const message = `${name}: PEP 440 has no "or", so "${constraint}" is checked as "${converted.specifier}", ` +
                'which also admits the versions between its alternatives';
            f.b.report('notice', 'or-constraint', message, line);
        }
        return converted.specifier;
    }
    catch (error) {
        if (!(error instanceof PoetryConstraintError))
            throw error;
        f.b.report('error', 'constraint', `${name}: ${error.message}`, line);
        return undefined;
    }
}
/** One dependency entry: a constraint string, a table, or an array of tables (one per environment). */
function readDependency(f, path, name, group) {
    const value = tomlGet(f.doc.data, path);
    if (Array.isArray(value)) {
        const specs = value.map((_, i) => readSpec(f, [...path, i], name, group));
        return { deps: specs.flatMap((s) => s.deps), optional: specs.some((s) => s.optional) };
    }
    return readSpec(f, path, name, group);
}
function readSpec(f, path, name, group) {
    const line = f.line(path);
    const value = tomlGet(f.doc.data, path);
    const none = { deps: [], optional: false };
    if (typeof value === 'string') {
        const specifier = convert(f, value, name, line);
        const dep = specifier === undefined ? undefined : dependencyFromParts(f.b, { name, specifier }, line, group);
        return { deps: dep ? [dep] : [], optional: false };
    }
    if (!isTable(value)) {
        f.b.report('error', 'schema', `${name} must be a version constraint or a table`, line);
        return none;
    }
    const version = f.string([...path, 'version']) ?? '*';
    const specifier = convert(f, version, name, line);
    if (specifier === undefined)
        return none;
    const python = f.string([...path, 'python']);
    let pythonMarker;
    if (python !== undefined) {
        try {
            pythonMarker = poetryPythonMarker(python);
        }
        catch (error) {
            if (!(error instanceof PoetryConstraintError))
                throw error;
            f.b.report('error', 'constraint', `${name}: python ${error.message}`, line);
            return none;
        }
    }
    const platform = f.string([...path, 'platform']);
    const marker = andMarkers(f.string([...path, 'markers']), pythonMarker, platform ? `sys_platform == "${platform}"` : undefined);
    const dep = dependencyFromParts(f.b, {
        name,
        specifier,
        extras: f.strings([...path, 'extras']).map((e) => e.value),
        ...(marker ? { marker } : {}),
        ...urlOf(f, path),
    }, line, group);
    return { deps: dep ? [dep] : [], optional: f.boolean([...path, 'optional']) ?? false };
}
/** `git` (+ branch/tag/rev, subdirectory), `url` or `path` (+ develop) as a direct reference. */
function urlOf(f, path) {
    const git = f.string([...path, 'git']);
    if (git !== undefined) {
        const ref = f.string([...path, 'rev']) ?? f.string([...path, 'tag']) ?? f.string([...path, 'branch']);
        const subdirectory = f.string([...path, 'subdirectory']);
        return { url: `${gitUrl(git)}${ref ? `@${ref}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}` };
    }
    const url = f.string([...path, 'url']);
    if (url !== undefined)
        return { url };
    const local = f.string([...path, 'path']);
    if (local !== undefined)
        return { url: local, editable: f.boolean([...path, 'develop']) ?? false };
    return {};
}
/** pip's spelling of a git URL: `git+` scheme, and `ssh://` for scp-like `git@host:org/repo.git`. */
function gitUrl(url) {
    if (url.startsWith('git+'))
        return url;
    const scp = /^([\w.-]+@[\w.-]+):(?!\/\/)(.*)$/.exec(url);
    return scp ? `git+ssh://${scp[1]}/${scp[2]}` : `git+${url}`;
}
/** [tool.poetry.extras]: each extra installs the optional dependencies it names. */
function readExtras(f, optional) {
    const path = [...poetry, 'extras'];
    const used = new Set();
    for (const extra of Object.keys(f.table(path) ?? {})) {
        for (const { value, line } of f.strings([...path, extra])) {
            const key = normalizeName(value.replace(/\[.*$/, '').trim());
            const declared = optional.get(key);
            if (!declared) {
                const message = `extra "${extra}" names ${value}, which is not an optional dependency`;
                f.b.report('warning', 'unknown-extra-dependency', message, line);
                continue;
            }
            used.add(key);
            f.b.addDependencies(declared.deps.map((d) => ({ ...d, group: extra })));
        }
    }
    for (const [key, { deps, line }] of optional) {
        if (!used.has(key)) {
            const message = `${deps[0]?.name ?? key} is optional but no extra names it, so it is never installed`;
            f.b.report('notice', 'unused-optional', message, line);
        }
    }
}
/** [[tool.poetry.source]]: the first primary (or legacy default) source replaces PyPI; the others add to it. */
function readSources(f) {
    const path = [...poetry, 'source'];
    const sources = f.array(path) ?? [];
    if (sources.length === 0)
        return;
    const index = { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] };
    sources.forEach((_, i) => {
        const url = f.string([...path, i, 'url']);
        if (url === undefined)
            return;
        const priority = f.string([...path, i, 'priority']);
        const primary = priority === 'primary' || priority === 'default' || f.boolean([...path, i, 'default']) === true;
        if (primary && index.indexUrl === undefined)
            index.indexUrl = url;
        else
            index.extraIndexUrls.push(url);
    });
    f.b.file.index = index;
}

;// CONCATENATED MODULE: ./shared/env/toml-fields.ts
// Typed reads of a parsed TOML file for the packaging parsers: a value of the wrong type is an error diagnostic at the
// line of its key (or array item), and reads as absent.


class TomlFields {
    b;
    doc;
    constructor(b, doc) {
        this.b = b;
        this.doc = doc;
    }
    line(path) {
        return this.doc.lines.nearest(path);
    }
    has(path) {
        return tomlGet(this.doc.data, path) !== undefined;
    }
    typed(path, check, what) {
        const value = tomlGet(this.doc.data, path);
        if (value === undefined || check(value))
            return value;
        this.b.report('error', 'schema', `${tomlPathText(path)} must be ${what}`, this.line(path));
        return undefined;
    }
    string(path) {
        return this.typed(path, (v) => typeof v === 'string', 'a string');
    }
    boolean(path) {
        return this.typed(path, (v) => typeof v === 'boolean', 'true or false');
    }
    table(path) {
        return this.typed(path, isTable, 'a table');
    }
    array(path) {
        return this.typed(path, Array.isArray, 'an array');
    }
    /** An array of strings, each with its line; items of another type are reported and skipped. */
    strings(path) {
        const items = this.array(path) ?? [];
        return items.flatMap((_, i) => {
            const value = this.string([...path, i]);
            return value === undefined ? [] : [{ value, line: this.line([...path, i]) }];
        });
    }
    /** A string or an array of strings (`file = "a.txt"` / `file = ["a.txt"]`). */
    stringOrStrings(path) {
        const value = tomlGet(this.doc.data, path);
        if (typeof value === 'string')
            return [{ value, line: this.line(path) }];
        return this.strings(path);
    }
    /** An array of PEP 508 strings as dependencies of `group` (not yet added to the file). */
    requirements(path, group) {
        return (this.array(path) ?? []).flatMap((_, i) => {
            const value = this.string([...path, i]);
            return value === undefined ? [] : (pep508Dependency(this.b, value, this.line([...path, i]), group) ?? []);
        });
    }
}

;// CONCATENATED MODULE: ./shared/env/pyproject.ts
// pyproject.toml: [build-system] requires (group `build`), PEP 621 [project] (dependencies, optional-dependencies,
// requires-python, dynamic), PEP 735 [dependency-groups], Poetry's tables (poetry-dependencies) and uv/PDM
// development dependencies. [tool.ml-hub] is this tool's configuration, read elsewhere.








function parsePyproject(file, text, _reader) {
    const b = new PackagingFileBuilder(file, 'pyproject', 'pyproject');
    let f;
    try {
        f = new TomlFields(b, readTomlDocument(file, text, 'pyproject'));
    }
    catch (error) {
        if (!(error instanceof LocatedError))
            throw error;
        b.file.diagnostics.push(error.toDiagnostic());
        return [b.file];
    }
    b.addDependencies(f.requirements(['build-system', 'requires'], 'build'));
    const project = readProject(f);
    readDependencyGroups(f);
    readPoetry(f, project);
    b.addDependencies(f.requirements(['tool', 'uv', 'dev-dependencies'], 'dev'));
    for (const group of Object.keys(f.table(['tool', 'pdm', 'dev-dependencies']) ?? {})) {
        b.addDependencies(f.requirements(['tool', 'pdm', 'dev-dependencies', group], group));
    }
    return [b.file];
}
/** PEP 621 metadata; says which fields it declared, for the Poetry tables that may supplement them. */
function readProject(f) {
    const b = f.b;
    const name = f.string(['project', 'name']);
    if (name)
        b.file.name = name;
    const python = f.string(['project', 'requires-python']);
    if (python !== undefined) {
        const line = f.line(['project', 'requires-python']);
        const specifier = python.replace(/\s+/g, '');
        if (!validRange(specifier)) {
            b.report('warning', 'requires-python', `requires-python "${python}" is not a PEP 440 specifier`, line);
        }
        b.file.python = { specifier, file: b.file.path, line };
    }
    const dynamic = f.strings(['project', 'dynamic']);
    for (const field of ['dependencies', 'optional-dependencies']) {
        const listed = dynamic.find((d) => d.value === field);
        if (!listed)
            continue;
        if (f.has(['project', field])) {
            b.report('error', 'schema', `${field} is both declared and listed in dynamic`, f.line(['project', field]));
        }
        else {
            dynamicSources(f, field, listed.line);
        }
    }
    b.addDependencies(f.requirements(['project', 'dependencies'], 'main'));
    for (const extra of Object.keys(f.table(['project', 'optional-dependencies']) ?? {})) {
        b.addDependencies(f.requirements(['project', 'optional-dependencies', extra], extra));
    }
    return { projectDependencies: f.has(['project', 'dependencies']), projectPython: python !== undefined };
}
/**
 * Where dynamic dependencies come from: files named by setuptools (`[tool.setuptools.dynamic]`) or the
 * hatch-requirements-txt hook become includes; Poetry's own tables are read by readPoetry; otherwise a notice.
 */
function dynamicSources(f, field, line) {
    const setuptools = ['tool', 'setuptools', 'dynamic', field];
    const hatch = ['tool', 'hatch', 'metadata', 'hooks', 'requirements_txt'];
    const files = field === 'dependencies'
        ? [...f.stringOrStrings([...setuptools, 'file']), ...f.stringOrStrings([...hatch, 'files'])]
        : [
            ...Object.keys(f.table(setuptools) ?? {}).flatMap((extra) => f.stringOrStrings([...setuptools, extra, 'file'])),
            ...Object.keys(f.table([...hatch, 'optional-dependencies']) ?? {}).flatMap((extra) => f.stringOrStrings([...hatch, 'optional-dependencies', extra])),
        ];
    for (const file of files)
        f.b.include(file.value, file.line);
    const poetry = field === 'dependencies' ? f.has(['tool', 'poetry', 'dependencies']) : f.has(['tool', 'poetry', 'extras']);
    if (files.length === 0 && !poetry) {
        const message = `${field} are dynamic: the build backend computes them, so they are not checked`;
        f.b.report('notice', 'dynamic-dependencies', message, line);
    }
}
/** PEP 735: each group's requirements, with `{include-group = "..."}` replaced by that group's (cycles reported). */
function readDependencyGroups(f) {
    const root = ['dependency-groups'];
    const groups = f.table(root);
    if (!groups)
        return;
    const byNormalized = new Map();
    for (const name of Object.keys(groups)) {
        const normalized = normalizeName(name);
        const other = byNormalized.get(normalized);
        if (other === undefined)
            byNormalized.set(normalized, name);
        else {
            const message = `dependency groups "${other}" and "${name}" have the same normalized name`;
            f.b.report('error', 'schema', message, f.line([...root, name]));
        }
    }
    const own = new Map();
    for (const name of Object.keys(groups)) {
        const entries = [];
        (f.array([...root, name]) ?? []).forEach((item, i) => {
            const line = f.line([...root, name, i]);
            if (typeof item === 'string') {
                const dependency = pep508Dependency(f.b, item, line, name);
                if (dependency)
                    entries.push({ dependency });
            }
            else if (isTable(item) && typeof item['include-group'] === 'string' && Object.keys(item).length === 1) {
                entries.push({ include: item['include-group'], line });
            }
            else {
                const message = `dependency group "${name}" may hold requirement strings and {include-group = "..."} only`;
                f.b.report('error', 'schema', message, line);
            }
        });
        own.set(name, entries);
    }
    const resolved = new Map();
    const resolve = (name, chain) => {
        const done = resolved.get(name);
        if (done)
            return done;
        const deps = [];
        for (const entry of own.get(name) ?? []) {
            if ('dependency' in entry) {
                deps.push(entry.dependency);
                continue;
            }
            const target = byNormalized.get(normalizeName(entry.include));
            if (target === undefined) {
                const message = `dependency group "${name}" includes "${entry.include}", which does not exist`;
                f.b.report('error', 'unknown-dependency-group', message, entry.line);
            }
            else if (target === name || chain.includes(target)) {
                const cycle = [...chain.slice(chain.indexOf(target)), name, target].join(' → ');
                f.b.report('error', 'dependency-group-cycle', `dependency groups include each other: ${cycle}`, entry.line);
            }
            else {
                for (const d of resolve(target, [...chain, name]))
                    deps.push(d);
            }
        }
        resolved.set(name, deps);
        return deps;
    };
    for (const name of Object.keys(groups)) {
        f.b.addDependencies(resolve(name, []).map((d) => (d.group === name ? d : { ...d, group: name })));
    }
}

;// CONCATENATED MODULE: ./shared/env/json-lines.ts
// A strict JSON parser (RFC 8259) that also records the line of every key and array item, for files whose entries
// must be reported at their line (Pipfile.lock). Errors carry the line and column of the offending character.


class JsonSyntaxError extends Error {
    line;
    column;
    name = 'JsonSyntaxError';
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
/** Nesting beyond this is not a lock file; the limit keeps the recursion off the stack's end. */
const maxDepth = 256;
const json_lines_number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const json_lines_escapes = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
class json_lines_Parser {
    s;
    i = 0;
    index;
    lines = new Map();
    constructor(s) {
        this.s = s;
        this.index = new LineIndex(s);
    }
    document() {
        const value = this.value([], 0);
        this.space();
        if (this.i < this.s.length)
            this.fail('unexpected text after the JSON value');
        return value;
    }
    fail(message, at = this.i) {
        const line = this.index.lineOf(at);
        const lineStart = this.s.lastIndexOf('\n', at - 1) + 1;
        throw new JsonSyntaxError(message, line, at - lineStart + 1);
    }
    space() {
        while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]))
            this.i++;
    }
    record(path, at) {
        this.lines.set(pathKey(path), this.index.lineOf(at));
    }
    value(path, depth) {
        if (depth > maxDepth)
            this.fail('nesting too deep');
        this.space();
        const c = this.s[this.i];
        if (c === '{')
            return this.object(path, depth);
        if (c === '[')
            return this.array(path, depth);
        if (c === '"')
            return this.string();
        for (const [word, value] of [['true', true], ['false', false], ['null', null]]) {
            if (this.s.startsWith(word, this.i)) {
                this.i += word.length;
                return value;
            }
        }
        json_lines_number.lastIndex = this.i;
        const m = json_lines_number.exec(this.s);
        if (m) {
            this.i += m[0].length;
            return Number(m[0]);
        }
        return this.fail(c === undefined ? 'unexpected end of JSON' : `unexpected character ${JSON.stringify(c)}`);
    }
    object(path, depth) {
        const result = {};
        this.i++;
        this.space();
        if (this.s[this.i] === '}') {
            this.i++;
            return result;
        }
        for (;;) {
            this.space();
            if (this.s[this.i] !== '"')
                this.fail('expected a "key"');
            const at = this.i;
            const key = this.string();
            this.space();
            if (this.s[this.i] !== ':')
                this.fail('expected ":" after the key');
            this.i++;
            this.record([...path, key], at);
            // defineProperty: a key named __proto__ is data, not the prototype.
            const value = this.value([...path, key], depth + 1);
            Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
            this.space();
            if (this.s[this.i] === ',')
                this.i++;
            else if (this.s[this.i] === '}') {
                this.i++;
                return result;
            }
            else
                this.fail('expected "," or "}"');
        }
    }
    array(path, depth) {
        const result = [];
        this.i++;
        this.space();
        if (this.s[this.i] === ']') {
            this.i++;
            return result;
        }
        for (;;) {
            this.space();
            this.record([...path, result.length], this.i);
            result.push(this.value([...path, result.length], depth + 1));
            this.space();
            if (this.s[this.i] === ',')
                this.i++;
            else if (this.s[this.i] === ']') {
                this.i++;
                return result;
            }
            else
                this.fail('expected "," or "]"');
        }
    }
    string() {
        const start = this.i++;
        let out = '';
        for (;;) {
            const c = this.s[this.i];
            if (c === undefined)
                this.fail('unterminated string', start);
            if (c === '"') {
                this.i++;
                return out;
            }
            if (c < ' ')
                this.fail('control character in string');
            if (c !== '\\') {
                out += c;
                this.i++;
                continue;
            }
            const e = this.s[this.i + 1] ?? '';
            if (e === 'u') {
                const hex = this.s.slice(this.i + 2, this.i + 6);
                if (!/^[0-9A-Fa-f]{4}$/.test(hex))
                    this.fail('invalid \\u escape');
                out += String.fromCharCode(Number.parseInt(hex, 16));
                this.i += 6;
            }
            else if (e in json_lines_escapes) {
                out += json_lines_escapes[e];
                this.i += 2;
            }
            else
                this.fail('invalid escape');
        }
    }
}
/** Parses JSON text; throws JsonSyntaxError with the line and column of the problem. */
function parseJsonWithLines(text) {
    const parser = new json_lines_Parser(text);
    const value = parser.document();
    return { value, lines: new PathLines(parser.lines) };
}

;// CONCATENATED MODULE: ./shared/env/pipfile.ts
// Pipfile (TOML) and Pipfile.lock (JSON), pipenv's manifest and lock. Pipfile: [packages] (group `main`),
// [dev-packages] (`dev`), other package categories (named after themselves), [requires] python, [[source]] indexes.
// Pipfile.lock: `default`/`develop`/category sections with pinned versions, hashes and markers, at their key's line.






/** Pipfile tables that are not package categories. */
const notCategories = new Set(['source', 'requires', 'pipenv', 'scripts']);
const groupOf = (category, main, dev) => category === main ? 'main' : category === dev ? 'dev' : category;
/** PEP 508 marker variables pipenv accepts as keys of a package table (`sys_platform = "== 'linux'"`). */
const markerKeys = [
    'os_name', 'sys_platform', 'platform_machine', 'platform_python_implementation', 'platform_release', 'platform_system',
    'platform_version', 'python_version', 'python_full_version', 'implementation_name', 'implementation_version',
];
function parsePipfile(file, text, _reader) {
    const b = new PackagingFileBuilder(file, 'pipfile', 'pipfile');
    let data;
    let lines;
    try {
        ({ data, lines } = readTomlDocument(file, text, 'pipfile'));
    }
    catch (error) {
        if (!(error instanceof LocatedError))
            throw error;
        b.file.diagnostics.push(error.toDiagnostic());
        return [b.file];
    }
    const entries = new Entries(b, data, lines);
    entries.python(['requires']);
    entries.sources(['source']);
    for (const [category, packages] of Object.entries(data)) {
        if (notCategories.has(category) || !isTable(packages))
            continue;
        const group = groupOf(category, 'packages', 'dev-packages');
        for (const name of Object.keys(packages))
            entries.pipfilePackage([category, name], name, group);
    }
    return [b.file];
}
function parsePipfileLock(file, text, _reader) {
    const b = new PackagingFileBuilder(file, 'pipfile.lock', 'pipfile-lock');
    b.file.generated = 'Pipfile.lock is written by pipenv';
    let value;
    let lines;
    try {
        ({ value, lines } = parseJsonWithLines(text));
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        b.report('error', 'syntax', `invalid JSON: ${error.message}`, error.line, error.column);
        return [b.file];
    }
    if (!isTable(value)) {
        b.report('error', 'schema', 'Pipfile.lock must hold a JSON object', 1);
        return [b.file];
    }
    const entries = new Entries(b, value, lines);
    entries.python(['_meta', 'requires']);
    entries.sources(['_meta', 'sources']);
    for (const [category, packages] of Object.entries(value)) {
        if (category === '_meta')
            continue;
        if (!isTable(packages)) {
            b.report('error', 'schema', `"${category}" must map package names to their locked entries`, lines.nearest([category]));
            continue;
        }
        const group = groupOf(category, 'default', 'develop');
        for (const name of Object.keys(packages))
            entries.lockedPackage([category, name], name, group);
    }
    return [b.file];
}
/** Reads values of either file by path, reporting a wrong type at the value's line. */
class Entries {
    b;
    data;
    lines;
    constructor(b, data, lines) {
        this.b = b;
        this.data = data;
        this.lines = lines;
    }
    get(path) {
        return tomlGet(this.data, path);
    }
    typed(path, check, what) {
        const v = this.get(path);
        if (v === undefined || check(v))
            return v;
        this.b.report('error', 'schema', `${path.join('.')} must be ${what}`, this.lines.nearest(path));
        return undefined;
    }
    string(path) {
        return this.typed(path, (v) => typeof v === 'string', 'a string');
    }
    strings(path) {
        const items = this.typed(path, Array.isArray, 'an array') ?? [];
        return items.flatMap((_, i) => this.string([...path, i]) ?? []);
    }
    /** `python_full_version` if given, else `python_version`. */
    python(table) {
        for (const key of ['python_full_version', 'python_version']) {
            const version = this.string([...table, key]);
            if (version === undefined)
                continue;
            this.b.file.python = { specifier: version.trim(), file: this.b.file.path, line: this.lines.nearest([...table, key]) };
            return;
        }
    }
    /** The first source is the index; the others are extra indexes; `verify_ssl = false` trusts the host. */
    sources(path) {
        const sources = this.typed(path, Array.isArray, 'an array') ?? [];
        if (sources.length === 0)
            return;
        const index = { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] };
        sources.forEach((_, i) => {
            const url = this.string([...path, i, 'url']);
            if (url === undefined)
                return;
            if (index.indexUrl === undefined)
                index.indexUrl = url;
            else
                index.extraIndexUrls.push(url);
            if (this.get([...path, i, 'verify_ssl']) === false) {
                const host = hostOf(url);
                if (host && !index.trustedHosts.includes(host))
                    index.trustedHosts.push(host);
            }
        });
        this.b.file.index = index;
    }
    pipfilePackage(path, name, group) {
        const line = this.lines.nearest(path);
        const value = this.get(path);
        if (typeof value === 'string') {
            this.add({ name, specifier: this.version(value, name, line) }, line, group);
            return;
        }
        if (!isTable(value)) {
            this.b.report('error', 'schema', `${name} must be a version string or a table`, line);
            return;
        }
        const written = this.string([...path, 'version']);
        const markers = markerKeys.flatMap((key) => {
            const condition = this.string([...path, key]);
            return condition === undefined ? [] : [`${key} ${condition.trim()}`];
        });
        this.add({
            name,
            specifier: written === undefined ? '' : this.version(written, name, line),
            extras: this.strings([...path, 'extras']),
            marker: andMarkers(this.string([...path, 'markers']), ...markers),
            ...this.reference(path),
        }, line, group);
    }
    lockedPackage(path, name, group) {
        const line = this.lines.nearest(path);
        if (!isTable(this.get(path))) {
            this.b.report('error', 'schema', `${name} must be a table of its locked version, hashes and markers`, line);
            return;
        }
        this.add({
            name,
            specifier: (this.string([...path, 'version']) ?? '').replace(/\s+/g, ''),
            extras: this.strings([...path, 'extras']),
            marker: this.string([...path, 'markers']),
            hashes: this.strings([...path, 'hashes']),
            ...this.reference(path),
        }, line, group);
    }
    /** `git` (+ `ref`, `subdirectory`), `file` or `path`, with `editable`. */
    reference(path) {
        const editable = this.typed([...path, 'editable'], (v) => typeof v === 'boolean', 'true or false') ?? false;
        const git = this.string([...path, 'git']);
        if (git !== undefined) {
            const ref = this.string([...path, 'ref']);
            const subdirectory = this.string([...path, 'subdirectory']);
            return { url: `${gitUrl(git)}${ref ? `@${ref}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}`, editable };
        }
        const url = this.string([...path, 'file']) ?? this.string([...path, 'path']);
        return url === undefined ? { editable } : { url, editable };
    }
    /** `"*"` is any version; pipenv ignores a version without an operator, so it is any version too, with a warning. */
    version(written, name, line) {
        const v = written.trim();
        if (v === '*' || v === '')
            return '';
        if (/^\d/.test(v)) {
            const message = `${name} = "${v}" has no operator, so pipenv installs any version: write "==${v}"`;
            this.b.report('warning', 'version-without-operator', message, line);
            return '';
        }
        return v.replace(/\s+/g, '');
    }
    add(parts, line, group) {
        const dependency = dependencyFromParts(this.b, parts, line, group);
        if (dependency)
            this.b.file.dependencies.push(dependency);
    }
}
function hostOf(url) {
    try {
        return new URL(url).host || undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/env/yaml-document.ts
// A YAML file as a node tree with lines (the yaml package's LineCounter), for parsers that report at an entry's line.


class yaml_document_YamlDocument {
    root;
    counter;
    constructor(
    /** The root node; undefined for an empty document. */
    root, counter) {
        this.root = root;
        this.counter = counter;
    }
    /** Parses `text`; malformed YAML throws LocatedError `<format>/syntax` at the first error's line. */
    static parse(file, text, format) {
        const counter = new dist.LineCounter();
        const doc = (0,dist.parseDocument)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
        const error = doc.errors[0];
        if (error) {
            const { line, col } = counter.linePos(error.pos[0]);
            throw new LocatedError(`${format}/syntax`, `invalid YAML: ${error.message.split('\n')[0]}`, file, line, col);
        }
        return new yaml_document_YamlDocument((doc.contents ?? undefined), counter);
    }
    /** Line of a node, or of a pair's key; 1 when it has no place (an empty value). */
    line(node) {
        const at = (0,dist.isPair)(node) ? node.key : node;
        const range = (0,dist.isNode)(at) ? at.range : undefined;
        return range ? this.counter.linePos(range[0]).line : 1;
    }
}
/** The pairs of a mapping whose keys are plain strings, by key. */
function yaml_document_mapEntries(node) {
    const entries = new Map();
    if (!(0,dist.isMap)(node))
        return entries;
    for (const pair of node.items) {
        if ((0,dist.isScalar)(pair.key) && typeof pair.key.value === 'string')
            entries.set(pair.key.value, pair);
    }
    return entries;
}
/** A scalar's value as text: strings as they are, numbers and booleans as written in the file. */
function yaml_document_scalarText(node) {
    if (!(0,dist.isScalar)(node) || node.value === null)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return typeof node.source === 'string' ? node.source : String(node.value);
}


;// CONCATENATED MODULE: ./shared/env/mlproject.ts
// MLflow projects. MLproject (YAML) names the project and its environment: `python_env` (a python_env.yaml, parsed
// here so it keeps its kind whatever its name), `conda_env` (a conda file, left to the loader as an include) or
// `docker_env` (an image, whose packages are out of reach). python_env.yaml gives the interpreter, build_dependencies
// (group `build`) and dependencies, which may pull in requirements files with `-r`.




function readYaml(b, text) {
    try {
        return yaml_document_YamlDocument.parse(b.file.path, text, b.format);
    }
    catch (error) {
        if (!(error instanceof LocatedError))
            throw error;
        b.file.diagnostics.push(error.toDiagnostic());
        return undefined;
    }
}
function parseMlproject(file, text, reader) {
    const b = new PackagingFileBuilder(file, 'mlproject', 'mlproject');
    const doc = readYaml(b, text);
    if (!doc)
        return [b.file];
    if (doc.root !== undefined && !(0,dist.isMap)(doc.root)) {
        b.report('error', 'schema', 'MLproject must be a mapping of fields', doc.line(doc.root));
        return [b.file];
    }
    const fields = yaml_document_mapEntries(doc.root);
    const name = yaml_document_scalarText(fields.get('name')?.value);
    if (name !== undefined)
        b.file.name = name;
    const environments = ['python_env', 'conda_env', 'docker_env'].filter((k) => fields.has(k));
    if (environments.length > 1) {
        const second = doc.line(fields.get(environments[1]));
        b.report('error', 'schema', `MLflow allows one environment, not ${environments.join(' and ')}`, second);
    }
    const extra = [];
    for (const key of ['python_env', 'conda_env']) {
        const pair = fields.get(key);
        if (!pair)
            continue;
        const target = yaml_document_scalarText(pair.value);
        if (target === undefined) {
            b.report('error', 'schema', `${key} must be the path of a file`, doc.line(pair));
            continue;
        }
        const included = b.include(target, doc.line(pair.value));
        // conda files are left to the loader; a python_env is parsed here so that it keeps its kind.
        if (key !== 'python_env' || included === undefined || included === file)
            continue;
        const content = reader.read(included);
        if (content !== undefined)
            extra.push(parsePythonEnv(included, content, reader)[0]);
    }
    const docker = fields.get('docker_env');
    if (docker) {
        const image = yaml_document_scalarText(yaml_document_mapEntries(docker.value ?? undefined).get('image')?.value);
        const message = image
            ? `the project runs in the docker image ${image}; the packages inside it are not read`
            : 'docker_env must name an image';
        b.report('notice', 'docker-env', message, doc.line(docker));
    }
    return [b.file, ...extra];
}
/**
 * The entry points of an MLproject, for dispatching runs: `parameters` in both MLflow forms (`alpha: float` and
 * `alpha: {type: float, default: 0.1}`). Entry points without a command string are left out. Throws LocatedError
 * for malformed YAML.
 */
function readMlprojectEntryPoints(text, file = 'MLproject') {
    const doc = YamlDocument.parse(file, text, 'mlproject');
    const entryPoints = [];
    for (const [name, pair] of mapEntries(mapEntries(doc.root).get('entry_points')?.value ?? undefined)) {
        const fields = mapEntries(pair.value ?? undefined);
        const command = scalarText(fields.get('command')?.value);
        if (command === undefined)
            continue;
        const parameters = [];
        for (const [parameter, spec] of mapEntries(fields.get('parameters')?.value ?? undefined)) {
            const shorthand = scalarText(spec.value);
            if (shorthand !== undefined) {
                parameters.push({ name: parameter, type: shorthand });
                continue;
            }
            const specFields = mapEntries(spec.value ?? undefined);
            const type = scalarText(specFields.get('type')?.value) ?? 'string';
            const value = specFields.get('default')?.value;
            const fallback = isScalar(value) ? value.value : undefined;
            const usable = typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean';
            parameters.push({ name: parameter, type, ...(usable ? { default: fallback } : {}) });
        }
        entryPoints.push({ name, command, parameters });
    }
    return entryPoints;
}
function parsePythonEnv(file, text, _reader) {
    const b = new PackagingFileBuilder(file, 'python-env', 'python-env');
    const doc = readYaml(b, text);
    if (!doc)
        return [b.file];
    if (doc.root !== undefined && !(0,dist.isMap)(doc.root)) {
        b.report('error', 'schema', 'python_env.yaml must be a mapping of fields', doc.line(doc.root));
        return [b.file];
    }
    const fields = yaml_document_mapEntries(doc.root);
    const python = fields.get('python');
    if (python) {
        const written = yaml_document_scalarText(python.value);
        if (written === undefined)
            b.report('error', 'schema', 'python must be a version', doc.line(python));
        else {
            const line = doc.line(python);
            if ((0,dist.isScalar)(python.value) && typeof python.value.value === 'number' && String(python.value.value) !== written) {
                const message = `YAML reads python: ${written} as the number ${python.value.value}: write python: "${written}"`;
                b.report('warning', 'unquoted-version', message, line);
            }
            b.file.python = { specifier: written.trim(), file, line };
        }
    }
    readList(b, doc, fields.get('build_dependencies')?.value, 'build');
    readList(b, doc, fields.get('dependencies')?.value, 'main');
    return [b.file];
}
/** A list of requirement lines, as MLflow writes them to a requirements file for pip. */
function readList(b, doc, node, group) {
    if (node === undefined || node === null)
        return;
    if (!(0,dist.isSeq)(node)) {
        b.report('error', 'schema', `${group === 'build' ? 'build_dependencies' : 'dependencies'} must be a list`, doc.line(node));
        return;
    }
    for (const item of node.items) {
        const line = doc.line(item);
        const text = yaml_document_scalarText(item)?.replace(/(^|\s)#.*$/, '').trim();
        if (text === undefined)
            b.report('error', 'schema', 'each dependency must be a requirement string', line);
        else if (text.startsWith('-'))
            pipOption(b, text, line);
        else if (text)
            addPep508Dependency(b, text, line, group);
    }
}
const includeOptions = new Set(['-r', '--requirement', '-c', '--constraint']);
const indexOptions = {
    '-i': 'indexUrl',
    '--index-url': 'indexUrl',
    '--extra-index-url': 'extraIndexUrls',
    '-f': 'findLinks',
    '--find-links': 'findLinks',
    '--trusted-host': 'trustedHosts',
};
/** `-r file`, `-c file`, index options; other pip options are not about which packages are installed. */
function pipOption(b, text, line) {
    const m = /^(--?[A-Za-z][A-Za-z-]*)(?:\s*=\s*|\s+|$)(.*)$/.exec(text);
    if (!m) {
        b.report('error', 'requirement', `"${text}" is neither a requirement nor a pip option`, line);
        return;
    }
    const option = m[1];
    const value = m[2].trim();
    if (includeOptions.has(option) && value) {
        b.include(value, line);
        return;
    }
    const field = indexOptions[option];
    if (field || option === '--no-index') {
        const index = (b.file.index ??= { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] });
        if (option === '--no-index')
            index.noIndex = true;
        else if (!value)
            b.report('error', 'requirement', `${option} needs a value`, line);
        else if (field === 'indexUrl')
            index.indexUrl = value;
        else
            index[field].push(value);
        return;
    }
    b.report('notice', 'pip-option', `pip option ${option} is not read`, line);
}

;// CONCATENATED MODULE: ./shared/env/python-version-files.ts
// Files that only name the interpreter: runtime.txt (Heroku and friends: `python-3.11.4`) and .python-version (pyenv,
// uv: one version per line, the first usable one wins; `system` and other implementations such as PyPy are skipped).

const python_version_files_version = /^\d+(?:\.\d+){0,2}(?:(?:a|b|rc)\d+)?$/;
/** pyenv names of interpreters that are not CPython, and `system`: nothing to compare with CPython versions. */
const otherInterpreters = new RegExp('^(system|pypy|graalpy|jython|ironpython|stackless|micropython|pyston|cinder|activepython|anaconda|miniconda|' +
    'miniforge|mambaforge|nogil)', 'i');
function parseRuntimeTxt(file, text, _reader) {
    const b = new PackagingFileBuilder(file, 'runtime.txt', 'runtime-txt');
    const lines = text.split('\n');
    const n = lines.findIndex((l) => l.trim() !== '');
    if (n === -1) {
        b.report('warning', 'syntax', 'runtime.txt is empty; it should name the interpreter, like python-3.11.4', 1);
        return [b.file];
    }
    const written = lines[n].trim();
    const m = /^python-(.+)$/.exec(written);
    if (m && python_version_files_version.test(m[1]))
        b.file.python = { specifier: m[1], file, line: n + 1 };
    else
        b.report('warning', 'syntax', `"${written}" is not a Python runtime like python-3.11.4`, n + 1);
    return [b.file];
}
function parsePythonVersionFile(file, text, _reader) {
    const b = new PackagingFileBuilder(file, 'python-version', 'python-version');
    const lines = text.split('\n');
    for (const [n, raw] of lines.entries()) {
        // pyenv reads the words of each line; `#` starts a comment.
        for (const word of raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean)) {
            if (otherInterpreters.test(word))
                continue;
            const cpython = /^(?:cpython[-@]?|python)?(.+?)(?:t|-dev)?$/i.exec(word)[1];
            if (python_version_files_version.test(cpython)) {
                b.file.python = { specifier: cpython, file, line: n + 1 };
                return [b.file];
            }
            b.report('notice', 'unknown-version', `"${word}" is not a CPython version this tool can compare; it is skipped`, n + 1);
        }
    }
    return [b.file];
}

;// CONCATENATED MODULE: ./shared/env/load-environment.ts
// Reads every packaging file of a project into the one environment model, following what files include
// (`-r`, setup.py reading requirements.txt, MLproject naming conda.yaml) so each file is parsed exactly once.










const parsers = {
    requirements: (file, text, reader, env) => parseRequirementsText(text, file, reader, { env }),
    conda: (file, text, reader, env) => parseCondaEnvironment(file, text, reader, { env }),
    'setup.py': parseSetupPy,
    'setup.cfg': parseSetupCfg,
    pyproject: parsePyproject,
    pipfile: parsePipfile,
    'pipfile.lock': parsePipfileLock,
    mlproject: parseMlproject,
    'python-env': parsePythonEnv,
    'runtime.txt': parseRuntimeTxt,
    'python-version': parsePythonVersionFile,
};
/** The kind of an included file, by its name, else by its extension. */
function includedKind(file) {
    const byName = packagingKindOf(external_node_path_default().posix.basename(file));
    if (byName)
        return byName;
    return /\.ya?ml$/i.test(file) ? 'conda' : 'requirements';
}
/** Parses one file (and what it includes). */
function parsePackagingFile(file, kind, reader, env) {
    const loaded = { files: [], diagnostics: [] };
    load(file, kind, reader, env, loaded, new Set());
    return loaded;
}
/** Parses every packaging file among `paths` (root-relative), each once. */
function loadEnvironment(paths, reader, options) {
    const loaded = { files: [], diagnostics: [] };
    const seen = new Set();
    for (const { path: file, kind } of findPackagingFiles(paths))
        load(file, kind, reader, options.env, loaded, seen);
    return loaded;
}
function load(file, kind, reader, env, into, seen) {
    if (seen.has(file))
        return;
    const text = reader.read(file);
    if (text === undefined)
        return;
    seen.add(file);
    const parsed = parsers[kind](file, text.replace(/^\uFEFF/, ''), reader, env);
    for (const f of parsed) {
        if (f.path !== file && seen.has(f.path))
            continue;
        seen.add(f.path);
        into.files.push(f);
        into.diagnostics.push(...f.diagnostics);
    }
    // Parsers other than the requirements and conda ones only name what they include; read those here.
    if (kind === 'requirements' || kind === 'conda')
        return;
    for (const f of parsed) {
        for (const included of f.includes) {
            if (seen.has(included))
                continue;
            if (reader.read(included) === undefined) {
                into.diagnostics.push({ severity: 'warning', code: 'packaging/missing-include', message: `${f.path} refers to ${included}, which does not exist`, file: f.path });
                seen.add(included);
                continue;
            }
            load(included, includedKind(included), reader, env, into, seen);
        }
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./shared/env/file-readers.ts
// FileReaders over a working tree and over a git commit. Both refuse paths that leave the root.



/** Packaging files are small; anything bigger is not one (and reading it could exhaust memory). */
const maxPackagingFileBytes = 8 * 1024 * 1024;
/** Normalises a root-relative path; undefined when it escapes the root (`../x`, absolute paths). */
function insideRoot(relative) {
    const normal = external_node_path_default().posix.normalize(relative.replace(/\\/g, '/'));
    if (normal.startsWith('../') || normal === '..' || external_node_path_default().posix.isAbsolute(normal))
        return undefined;
    return normal.replace(/^\.\//, '');
}
function workingTreeReader(root) {
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    return {
        read(relative) {
            const inside = insideRoot(relative);
            if (inside === undefined)
                return undefined;
            const full = external_node_path_default().join(realRoot, inside);
            try {
                const real = (0,external_node_fs_namespaceObject.realpathSync)(full);
                if (real !== realRoot && !real.startsWith(realRoot + (external_node_path_default()).sep))
                    return undefined; // a symlink leading out
                const stat = (0,external_node_fs_namespaceObject.statSync)(real);
                if (!stat.isFile() || stat.size > maxPackagingFileBytes)
                    return undefined;
                return (0,external_node_fs_namespaceObject.readFileSync)(real, 'utf8');
            }
            catch {
                return undefined;
            }
        },
    };
}
/** Reads files as they were at `commit`; paths are relative to `dir` (the analysed root), as in the working tree. */
function gitCommitReader(dir, commit) {
    return {
        read(relative) {
            const inside = insideRoot(relative);
            if (inside === undefined)
                return undefined;
            try {
                return (0,external_node_child_process_namespaceObject.execFileSync)('git', ['show', `${commit}:./${inside}`], {
                    cwd: dir,
                    encoding: 'utf8',
                    stdio: ['ignore', 'pipe', 'ignore'],
                    maxBuffer: maxPackagingFileBytes,
                });
            }
            catch {
                return undefined;
            }
        },
    };
}

;// CONCATENATED MODULE: ./shared/env/conda-names.ts
// Conda and PyPI name the same software differently (`pytorch` is `torch`, `py-xgboost` is `xgboost`), and many conda
// packages are not Python at all (`cudatoolkit`, `libopencv`). This table says which, for the packages ML projects
// use; everything else follows conda-forge's naming rule: a Python package keeps its PyPI name, lower-cased.
//
// Where each entry comes from — nothing here is inferred from a name's look:
//   [G]  conda's recipe generator grayskull, grayskull/strategy/config.yaml (PyPI name → conda-forge name).
//   [B]  the conda-forge bot's mapping, regro/cf-graph-countyfair mappings/pypi/name_mapping.yaml (built from each
//        feedstock's PyPI source URL and `test: imports`).
//   [F:x] the outputs of conda-forge's `x` feedstock recipe (multi-output feedstocks: a native library, the Python
//        package, metapackages), which build from a git source and so are not in [B]:
//        pytorch-cpu → libtorch, pytorch, pytorch-cpu, pytorch-gpu; xgboost → libxgboost, py-xgboost, r-xgboost,
//        xgboost; lightgbm → liblightgbm, lightgbm (there is no `py-lightgbm` on conda-forge or defaults, so it is
//        not listed); opencv → libopencv, py-opencv, opencv (also installs opencv-python-headless metadata);
//        protobuf → libprotobuf, protobuf; matplotlib → matplotlib-base, matplotlib; faiss-split → libfaiss,
//        faiss-cpu, faiss-gpu; tensorflow → libtensorflow, libtensorflow_cc, tensorflow-base, tensorflow-cpu,
//        tensorflow-gpu, tensorflow; dask → dask-core, dask; python-tzdata (the `tzdata` PyPI package; conda's
//        `tzdata` is the IANA time-zone database).
//   [P]  the `pytorch` and `nvidia` channels: pytorch-cuda, pytorch-mutex, cpuonly are metapackages selecting CUDA
//        builds; cuda-* are NVIDIA's CUDA toolkit split packages.
//   [S]  the conda-forge feedstock is named as on PyPI (listed because ML projects use it, so that both directions
//        answer from the table rather than from the rule).
// A PyPI name of `null` marks a conda package with no PyPI counterpart: a native library, a tool, an interpreter.
const entry = (conda, pypi) => ({ conda, pypi });
/**
 * Order matters for pypiToConda: the first conda name listed for a PyPI name is the one to write in an environment
 * file (the Python package or the metapackage users install, not the library split out of it).
 */
const table = [
    // Deep learning frameworks.
    entry('pytorch', 'torch'), // [G] [F:pytorch-cpu]
    entry('pytorch-gpu', 'torch'), // [F:pytorch-cpu]
    entry('pytorch-cpu', 'torch'), // [F:pytorch-cpu]
    entry('libtorch', null), // [F:pytorch-cpu]
    entry('pytorch-cuda', null), // [P]
    entry('pytorch-mutex', null), // [P]
    entry('cpuonly', null), // [P]
    entry('pytorch_geometric', 'torch-geometric'), // [G]
    entry('torchvision', 'torchvision'), // [S]
    entry('torchaudio', 'torchaudio'), // [S]
    entry('torchmetrics', 'torchmetrics'), // [S]
    entry('pytorch-lightning', 'pytorch-lightning'), // [S]
    entry('lightning', 'lightning'), // [S]
    entry('tensorflow', 'tensorflow'), // [F:tensorflow]
    entry('tensorflow-base', 'tensorflow'), // [F:tensorflow]
    entry('tensorflow-gpu', 'tensorflow'), // [F:tensorflow] metapackage: installs the `tensorflow` distribution
    entry('tensorflow-cpu', 'tensorflow'), // [F:tensorflow] metapackage
    entry('libtensorflow', null), // [F:tensorflow]
    entry('libtensorflow_cc', null), // [F:tensorflow]
    entry('tensorboard', 'tensorboard'), // [S]
    entry('tensorflow-estimator', 'tensorflow-estimator'), // [S]
    entry('tensorflow-probability', 'tensorflow-probability'), // [S]
    entry('tensorflow-datasets', 'tensorflow-datasets'), // [S]
    entry('tensorflow-hub', 'tensorflow-hub'), // [S]
    entry('keras', 'keras'), // [S]
    entry('jax', 'jax'), // [S]
    entry('jaxlib', 'jaxlib'), // [S]
    entry('flax', 'flax'), // [S]
    entry('optax', 'optax'), // [S]
    entry('onnx', 'onnx'), // [S]
    entry('onnxruntime', 'onnxruntime'), // [S]
    entry('transformers', 'transformers'), // [S]
    entry('tokenizers', 'tokenizers'), // [S]
    entry('datasets', 'datasets'), // [S]
    entry('huggingface_hub', 'huggingface-hub'), // [S]
    entry('safetensors', 'safetensors'), // [S]
    entry('accelerate', 'accelerate'), // [B]
    entry('sentence-transformers', 'sentence-transformers'), // [S]
    entry('absl-py', 'absl-py'), // [B] imported as `absl`
    entry('flatbuffers', null), // [F:flatbuffers] the C++ library; the Python one is python-flatbuffers
    entry('python-flatbuffers', 'flatbuffers'), // [G]
    // Gradient boosting and classic ML.
    entry('py-xgboost', 'xgboost'), // [F:xgboost]
    entry('xgboost', 'xgboost'), // [F:xgboost] metapackage
    entry('libxgboost', null), // [F:xgboost]
    entry('lightgbm', 'lightgbm'), // [F:lightgbm]
    entry('liblightgbm', null), // [F:lightgbm]
    entry('catboost', 'catboost'), // [S]
    entry('scikit-learn', 'scikit-learn'), // [G] imported as `sklearn`
    entry('scikit-image', 'scikit-image'), // [S] imported as `skimage`
    entry('scikit-build', 'scikit-build'), // [G]
    entry('boruta_py', 'boruta'), // [G]
    entry('h2o-py', 'h2o'), // [G]
    entry('statsmodels', 'statsmodels'), // [S]
    entry('optuna', 'optuna'), // [S]
    entry('hyperopt', 'hyperopt'), // [S]
    entry('faiss-cpu', 'faiss-cpu'), // [F:faiss-split]
    entry('faiss-gpu', 'faiss-gpu'), // [F:faiss-split]
    entry('libfaiss', null), // [F:faiss-split]
    entry('python-annoy', 'annoy'), // [G]
    // Computer vision, audio.
    entry('opencv', 'opencv-python'), // [G] [F:opencv]
    entry('py-opencv', 'opencv-python'), // [F:opencv]
    entry('libopencv', null), // [F:opencv]
    entry('pillow', 'pillow'), // [S] imported as `PIL`
    entry('imageio', 'imageio'), // [S]
    entry('pysoundfile', 'soundfile'), // [G]
    entry('python-sounddevice', 'sounddevice'), // [G]
    entry('librosa', 'librosa'), // [S] a Python package despite the `lib` prefix
    entry('ffmpeg', null), // [S] the ffmpeg programs and libraries
    // Scientific Python core.
    entry('numpy', 'numpy'), // [S]
    entry('scipy', 'scipy'), // [S]
    entry('pandas', 'pandas'), // [S]
    entry('polars', 'polars'), // [S]
    entry('pyarrow', 'pyarrow'), // [S]
    entry('libarrow', null), // [F:arrow-cpp]
    entry('arrow-cpp', null), // [F:arrow-cpp]
    entry('numba', 'numba'), // [S]
    entry('llvmlite', 'llvmlite'), // [S]
    entry('cython', 'cython'), // [S]
    entry('sympy', 'sympy'), // [S]
    entry('networkx', 'networkx'), // [S]
    entry('xarray', 'xarray'), // [S]
    entry('h5py', 'h5py'), // [S]
    entry('hdf5', null), // [S] the HDF5 C library
    entry('pytables', 'tables'), // [G] imported as `tables`
    entry('netcdf4', 'netcdf4'), // [S]
    entry('libnetcdf', null), // [S]
    entry('dask', 'dask'), // [F:dask] metapackage with distributed, bokeh
    entry('dask-core', 'dask'), // [G] [F:dask]
    entry('distributed', 'distributed'), // [S]
    entry('mkl-service', 'mkl-service'), // [S] imported as `mkl`
    entry('mkl_fft', 'mkl-fft'), // [S]
    entry('mkl_random', 'mkl-random'), // [S]
    entry('mkl', null), // [S] Intel's math library
    // Plotting and notebooks.
    entry('matplotlib', 'matplotlib'), // [F:matplotlib] metapackage with a Qt backend
    entry('matplotlib-base', 'matplotlib'), // [G] [F:matplotlib]
    entry('seaborn', 'seaborn'), // [S]
    entry('plotly', 'plotly'), // [S]
    entry('python-kaleido', 'kaleido'), // [G]
    entry('bokeh', 'bokeh'), // [S]
    entry('python-graphviz', 'graphviz'), // [G]
    entry('py-graphviz', 'graphviz'), // [B]
    entry('graphviz', null), // [S] the Graphviz programs (`dot`)
    entry('pydot', 'pydot'), // [S]
    entry('pyqt', 'pyqt5'), // [G] conda-forge's pyqt is the Qt 5 binding
    entry('jupyter', 'jupyter'), // [S]
    entry('jupyterlab', 'jupyterlab'), // [S]
    entry('notebook', 'notebook'), // [S]
    entry('ipykernel', 'ipykernel'), // [S]
    entry('ipython', 'ipython'), // [S]
    entry('ipywidgets', 'ipywidgets'), // [S]
    entry('pyct-core', 'pyct'), // [G]
    // Experiment tracking and serving.
    entry('mlflow', 'mlflow'), // [S]
    entry('mlflow-skinny', 'mlflow-skinny'), // [S]
    entry('wandb', 'wandb'), // [S]
    entry('tensorboardx', 'tensorboardx'), // [S]
    entry('docker-py', 'docker'), // [G]
    entry('python-kubernetes', 'kubernetes'), // [G]
    entry('redis-py', 'redis'), // [G]
    entry('python-confluent-kafka', 'confluent-kafka'), // [G]
    entry('python-hdfs', 'hdfs'), // [G]
    entry('nvidia-ml', 'nvidia-ml-py3'), // [G] imported as `pynvml`
    // Common utilities whose conda name is spelt differently from PyPI.
    entry('pyyaml', 'pyyaml'), // [S] imported as `yaml`
    entry('ruamel.yaml', 'ruamel-yaml'), // [S]
    entry('ruamel.yaml.clib', 'ruamel-yaml-clib'), // [S]
    entry('python-dateutil', 'python-dateutil'), // [S] imported as `dateutil`
    entry('msgpack-python', 'msgpack'), // [G]
    entry('typing_extensions', 'typing-extensions'), // [S]
    entry('typing-extensions', 'typing-extensions'), // [S] metapackage
    entry('protobuf', 'protobuf'), // [F:protobuf] imported as `google.protobuf`
    entry('libprotobuf', null), // [F:protobuf]
    entry('python-xxhash', 'xxhash'), // [G]
    entry('python-symengine', 'symengine'), // [G]
    entry('python-fastjsonschema', 'fastjsonschema'), // [G]
    entry('python-installer', 'installer'), // [G]
    entry('python-tzdata', 'tzdata'), // [F:python-tzdata]
    entry('tzdata', null), // [F:python-tzdata] the IANA database itself
    entry('setuptools-scm', 'setuptools-scm'), // [G]
    entry('pywin32-on-windows', 'pywin32'), // [G]
    entry('py-cpuinfo', 'py-cpuinfo'), // [B] imported as `cpuinfo`
    entry('psycopg2', 'psycopg2'), // [B] also provides what psycopg2-binary provides
    entry('beautifulsoup4', 'beautifulsoup4'), // [S] imported as `bs4`
    entry('pip', 'pip'), // [S]
    entry('setuptools', 'setuptools'), // [S]
    entry('wheel', 'wheel'), // [S]
    // Interpreters, toolchains and native runtime libraries.
    entry('python', null),
    entry('python_abi', null),
    entry('cudatoolkit', null), // [P]
    entry('cudnn', null), // [P]
    entry('nccl', null), // [P]
    entry('nodejs', null),
    entry('openjdk', null),
    entry('r-base', null),
    entry('git', null),
    entry('cmake', null),
    entry('openssl', null),
    entry('ca-certificates', null),
    entry('zlib', null),
    entry('sqlite', null),
    entry('intel-openmp', null),
    entry('llvm-openmp', null),
    entry('openblas', null),
    entry('blas', null),
    entry('nomkl', null), // [F:pytorch-cpu] metapackage selecting non-MKL builds
];
const byConda = new Map(table.map((e) => [e.conda, e]));
/** PyPI names that conda-forge packages under a name the rule would not give. */
const pypiAliases = new Map([
    ['opencv-python-headless', 'opencv'], // [F:opencv] installs its metadata too
    ['psycopg2-binary', 'psycopg2'], // [B]
]);
const byPypi = new Map();
for (const e of table)
    if (e.pypi !== null && !byPypi.has(e.pypi))
        byPypi.set(e.pypi, e.conda);
for (const [pypi, conda] of pypiAliases)
    if (!byPypi.has(pypi))
        byPypi.set(pypi, conda);
/** Names no Python distribution uses: toolchain activations (`gcc_linux-64`), R, CUDA, fonts, X11, MSYS2, … */
const nonPythonPatterns = [
    /^cuda-/, // [P] NVIDIA's split CUDA toolkit
    /^r-/, // R packages on conda-forge
    /^_/, // conda-forge internals: _libgcc_mutex, _openmp_mutex, _py-xgboost-mutex
    /^(font|fonts|xorg|perl|ocaml|m2|m2w64|msys2)-/,
    /^(gcc|gxx|gfortran|clang|clangxx|sysroot|kernel-headers|ld_impl)_/,
    /_(linux|osx|win)-[a-z0-9]+$/, // compiler and sysroot activation packages
    /-(devel|dev)$/, // headers and link libraries split off a native package
];
/** Native libraries are `lib…`; the few Python packages named so are in the table (librosa). */
const nativeLibrary = /^lib/;
function lower(name) {
    return name.trim().toLowerCase();
}
function normalizePypi(name) {
    return name
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-');
}
const conda_names_validName = /^[a-z0-9][a-z0-9_.+-]*$/;
/**
 * Whether a conda package is something other than a Python distribution (the interpreter, CUDA, R, compilers,
 * native libraries): such a package is never "unused" because no `import` names it.
 */
function isNonPythonCondaPackage(condaName) {
    const name = lower(condaName);
    const known = byConda.get(name);
    if (known)
        return known.pypi === null;
    return nativeLibrary.test(name) || nonPythonPatterns.some((p) => p.test(name));
}
/**
 * The PyPI distribution (PEP 503-normalised) a conda package installs: from the table, else the same name
 * (conda-forge's rule). Undefined for packages that are not Python distributions, and for names no package has.
 */
function condaToPypi(condaName) {
    const name = lower(condaName);
    if (!conda_names_validName.test(name))
        return undefined;
    const known = byConda.get(name);
    if (known)
        return known.pypi ?? undefined;
    if (isNonPythonCondaPackage(name))
        return undefined;
    return normalizePypi(name);
}
/**
 * The conda package to write for a PyPI distribution: from the table (`torch` → `pytorch`), else the PEP 503 name
 * (conda-forge's rule). Undefined for names no package has.
 */
function pypiToConda(pypiName) {
    const name = normalizePypi(pypiName);
    if (!conda_names_validName.test(name))
        return undefined;
    return byPypi.get(name) ?? name;
}
/** Every conda name the table knows, for tests and documentation. */
function knownCondaNames() {
    return table.map((e) => e.conda);
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var node_modules_ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_ignore);
;// CONCATENATED MODULE: ./shared/scan/discover-files.ts
// Finds the Python sources of a project: `.py` files and `.ipynb` notebooks. `.pyi` stubs are left out: they are never
// imported at run time, and their imports are typing-only. Honours every `.gitignore` in the tree (deeper files take
// precedence, `!` re-includes, as git does) and `.git/info/exclude`; skips environments and build output unless
// `defaultExcludes` is false. Files it cannot scan sensibly (binary, too large, links leaving the root) are listed in
// `skipped` with the reason, so that a report can say what was not looked at.




const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_NOTEBOOK_BYTES = 64 * 1024 * 1024;
/** Directories skipped by name alone. */
const EXCLUDED_DIRS = new Set([
    '.git', '.hg', '.svn', 'node_modules', '__pycache__', 'site-packages', '.tox', '.nox', '.eggs', '.ipynb_checkpoints',
    '.mypy_cache', '.pytest_cache', '.ruff_cache',
]);
/** Names virtualenvs usually get; these count as environments when they hold an activate script. */
const ENV_NAMES = new Set(['venv', '.venv', 'env', '.env', 'virtualenv', '.virtualenv']);
/** Build output names, skipped unless the folder is a Python package itself (`mypkg/build/__init__.py`). */
const BUILD_DIRS = new Set(['build', 'dist']);
const BINARY_PROBE_BYTES = 8192;
/** Concurrent file-system operations: enough to keep the thread pool busy without hoarding descriptors. */
const CONCURRENCY = 32;
function limiter(max) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= max)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}
/** Git's precedence: the deepest rules file with a verdict on the path decides; `!pattern` is a verdict too. */
function ignoredBy(chain, path) {
    for (let k = chain.length - 1; k >= 0; k--) {
        const rules = chain[k];
        const result = rules.ignore.test(rules.dir ? path.slice(rules.dir.length + 1) : path);
        if (result.ignored)
            return true;
        if (result.unignored)
            return false;
    }
    return false;
}
async function readRules(file) {
    try {
        return ignore_default()({ ignorecase: false }).add(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
    }
    catch {
        return null; // unreadable or missing: no rules
    }
}
async function exists(path) {
    return (0,promises_namespaceObject.stat)(path).then(() => true, () => false);
}
/** A folder holding a Python environment (venv, virtualenv, conda) rather than project code. */
async function isEnvironment(abs, name, names) {
    if (names.has('pyvenv.cfg') || names.has('conda-meta'))
        return true;
    if (!ENV_NAMES.has(name))
        return false;
    return (await exists((0,external_node_path_namespaceObject.join)(abs, 'bin', 'activate'))) || (await exists((0,external_node_path_namespaceObject.join)(abs, 'Scripts', 'activate')));
}
function candidate(name) {
    return name.endsWith('.py') || name.endsWith('.ipynb');
}
/** Lists the `.py` and `.ipynb` files under `root` that the scanner should read. */
async function discoverFiles(root, options = {}) {
    const defaults = options.defaultExcludes !== false;
    const gitignore = options.gitignore !== false;
    const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const maxNotebook = options.maxNotebookBytes ?? DEFAULT_MAX_NOTEBOOK_BYTES;
    const user = ignore_default()({ ignorecase: false }).add(options.exclude ?? []);
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    const limit = limiter(CONCURRENCY);
    const found = [];
    const skipped = [];
    const rootChain = [];
    if (gitignore) {
        // Lowest precedence: below every .gitignore, as in git.
        const exclude = await readRules((0,external_node_path_namespaceObject.join)(root, '.git', 'info', 'exclude'));
        if (exclude)
            rootChain.push({ dir: '', ignore: exclude });
    }
    const excluded = (chain, path) => user.ignores(path) || (gitignore && ignoredBy(chain, path));
    const walk = async (rel, name, parentChain) => {
        const abs = rel ? (0,external_node_path_namespaceObject.join)(root, rel) : root;
        const entries = await limit(() => (0,promises_namespaceObject.readdir)(abs, { withFileTypes: true })).catch(() => null);
        if (!entries)
            return;
        const names = new Set(entries.map((e) => e.name));
        if (defaults && rel) {
            if (BUILD_DIRS.has(name) && !names.has('__init__.py'))
                return;
            if (await isEnvironment(abs, name, names))
                return;
        }
        let chain = parentChain;
        if (gitignore && names.has('.gitignore')) {
            const rules = await limit(() => readRules((0,external_node_path_namespaceObject.join)(abs, '.gitignore')));
            if (rules)
                chain = [...parentChain, { dir: rel, ignore: rules }];
        }
        const subdirs = [];
        for (const entry of entries) {
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (defaults && (EXCLUDED_DIRS.has(entry.name) || entry.name.endsWith('.egg-info')))
                    continue;
                if (!excluded(chain, `${path}/`))
                    subdirs.push(walk(path, entry.name, chain));
            }
            else if (entry.isSymbolicLink()) {
                if (!excluded(chain, path))
                    subdirs.push(limit(() => link(path)));
            }
            else if (entry.isFile() && candidate(entry.name) && !excluded(chain, path)) {
                found.push(path);
            }
        }
        await Promise.all(subdirs);
    };
    // Links are followed to files inside the root only. Links to folders are not followed: one inside the root points
    // at a folder walked where it lives, one outside leads away from the project (and maybe into a cycle).
    const link = async (path) => {
        const target = await (0,promises_namespaceObject.realpath)((0,external_node_path_namespaceObject.join)(root, path)).catch(() => null);
        if (target === null) {
            if (candidate(path))
                skipped.push({ path, reason: 'broken symbolic link' });
            return;
        }
        const inside = target === realRoot || target.startsWith(realRoot + external_node_path_namespaceObject.sep);
        const info = await (0,promises_namespaceObject.stat)(target).catch(() => null);
        if (!info)
            return;
        if (info.isDirectory()) {
            if (!inside)
                skipped.push({ path, reason: `symbolic link to a folder outside the root (${target})` });
        }
        else if (candidate(path)) {
            if (inside)
                found.push(path);
            else
                skipped.push({ path, reason: `symbolic link to a file outside the root (${target})` });
        }
    };
    await walk('', '', rootChain);
    // Probing is synchronous: four syscalls per file cost microseconds, while the same through the promise API and
    // the thread pool costs ten times more (13,000 files: 0.2 s against 2 s). Yield now and then all the same.
    const files = [];
    for (let k = 0; k < found.length; k++) {
        const path = found[k];
        const reason = unscannable((0,external_node_path_namespaceObject.join)(root, path), path.endsWith('.ipynb') ? maxNotebook : maxFile);
        if (reason)
            skipped.push({ path, reason });
        else
            files.push(path);
        if (k % 512 === 511)
            await new Promise((resolve) => setImmediate(resolve));
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files: files.sort(), skipped };
}
/** Why a file should not be scanned (too large, binary, unreadable), or null. */
function unscannable(abs, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(abs, 'r');
        const { size } = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (size > maxBytes)
            return `larger than ${maxBytes} bytes (${size})`;
        const probe = Buffer.allocUnsafe(Math.min(size, BINARY_PROBE_BYTES));
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, probe, 0, probe.length, 0);
        if (probe.subarray(0, read).includes(0))
            return 'binary: a NUL byte in the first 8 KiB';
        return null;
    }
    catch (e) {
        return `cannot be read (${e.code ?? String(e)})`;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./shared/scan/json-with-lines.ts
// A JSON parser that remembers the line where each array element and object member starts. Notebooks are JSON, and an
// import found in a cell must point at the line of the .ipynb file where its source line is written; JSON.parse
// forgets positions. Values come out as JSON.parse makes them (own `__proto__` keys included).

/** Deeper documents are refused rather than risking the stack; notebooks nest about five levels. */
const MAX_DEPTH = 512;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
class json_with_lines_Parser {
    text;
    file;
    pos = 0;
    line = 1;
    lineStart = 0;
    depth = 0;
    lines = new WeakMap();
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    fail(message, at = this.pos) {
        throw new LocatedError('scan/unparsable', `invalid JSON: ${message}`, this.file, this.line, at - this.lineStart + 1);
    }
    space() {
        const t = this.text;
        for (;;) {
            const c = t.charCodeAt(this.pos);
            if (c === 0x20 || c === 0x09 || c === 0x0d) {
                this.pos++;
            }
            else if (c === 0x0a) {
                this.pos++;
                this.line++;
                this.lineStart = this.pos;
            }
            else {
                return;
            }
        }
    }
    value() {
        this.space();
        const c = this.text[this.pos];
        switch (c) {
            case '{':
                return this.object();
            case '[':
                return this.array();
            case '"':
                return this.string();
            case 't':
                return this.literal('true', true);
            case 'f':
                return this.literal('false', false);
            case 'n':
                return this.literal('null', null);
            default: {
                NUMBER.lastIndex = this.pos;
                const m = NUMBER.exec(this.text);
                if (!m || m[0] === '' || m[0] === '-')
                    this.fail(c === undefined ? 'unexpected end of input' : `unexpected ${JSON.stringify(c)}`);
                this.pos += m[0].length;
                return Number(m[0]);
            }
        }
    }
    literal(word, value) {
        if (!this.text.startsWith(word, this.pos))
            this.fail(`unexpected ${JSON.stringify(this.text[this.pos])}`);
        this.pos += word.length;
        return value;
    }
    nest() {
        if (++this.depth > MAX_DEPTH)
            this.fail('nested too deeply');
    }
    array() {
        this.nest();
        this.pos++;
        const out = [];
        const lines = [];
        this.lines.set(out, lines);
        this.space();
        if (this.text[this.pos] === ']') {
            this.pos++;
        }
        else {
            for (;;) {
                this.space();
                lines.push(this.line);
                out.push(this.value());
                this.space();
                const c = this.text[this.pos++];
                if (c === ']')
                    break;
                if (c !== ',')
                    this.fail("expected ',' or ']'", this.pos - 1);
            }
        }
        this.depth--;
        return out;
    }
    object() {
        this.nest();
        this.pos++;
        const out = {};
        const lines = new Map();
        this.lines.set(out, lines);
        this.space();
        if (this.text[this.pos] === '}') {
            this.pos++;
        }
        else {
            for (;;) {
                this.space();
                if (this.text[this.pos] !== '"')
                    this.fail('expected a member name');
                const key = this.string();
                this.space();
                if (this.text[this.pos++] !== ':')
                    this.fail("expected ':'", this.pos - 1);
                this.space();
                lines.set(key, this.line);
                // defineProperty: plain assignment of `__proto__` would change the prototype instead of adding a member.
                Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
                this.space();
                const c = this.text[this.pos++];
                if (c === '}')
                    break;
                if (c !== ',')
                    this.fail("expected ',' or '}'", this.pos - 1);
            }
        }
        this.depth--;
        return out;
    }
    string() {
        const t = this.text;
        const start = ++this.pos;
        let out = '';
        let from = start;
        for (;;) {
            PLAIN.lastIndex = this.pos;
            PLAIN.test(t);
            this.pos = PLAIN.lastIndex;
            const c = t[this.pos];
            if (c === '"') {
                out += t.slice(from, this.pos++);
                return out;
            }
            if (c !== '\\')
                this.fail(c === undefined ? 'unterminated string' : 'control character in string');
            out += t.slice(from, this.pos);
            const e = t[this.pos + 1];
            if (e === 'u') {
                const hex = t.slice(this.pos + 2, this.pos + 6);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    this.fail('bad \\u escape');
                out += String.fromCharCode(parseInt(hex, 16));
                this.pos += 6;
            }
            else {
                const s = e === undefined ? undefined : ESCAPES[e];
                if (s === undefined)
                    this.fail('bad escape');
                out += s;
                this.pos += 2;
            }
            from = this.pos;
        }
    }
}
/** Parses a JSON document; throws LocatedError (`scan/unparsable`, with line and column) where it is malformed. */
function json_with_lines_parseJsonWithLines(text, file) {
    const p = new json_with_lines_Parser(text, file);
    if (text.charCodeAt(0) === 0xfeff)
        p.pos = 1;
    const value = p.value();
    p.space();
    if (p.pos < text.length)
        p.fail('unexpected text after the document');
    const lines = p.lines;
    return {
        value,
        lineOf(container, key) {
            const l = lines.get(container);
            if (l === undefined)
                return undefined;
            return Array.isArray(l) ? (typeof key === 'number' ? l[key] : undefined) : typeof key === 'string' ? l.get(key) : undefined;
        },
    };
}

;// CONCATENATED MODULE: ./shared/scan/pip-install-command.ts
// Reads the packages out of `pip install` commands typed into notebooks (`!pip install -q torch "numpy<2"`,
// `%pip install x`, `!{sys.executable} -m pip install x`, `!uv pip install x && pip install y`). Options and their
// values are dropped; so are local paths and words IPython would fill in (`{pkg}`, `$PKG`), which name nothing
// we can know.
/** pip options (global or `install`) that consume the next word when written without `=`. */
const TAKES_VALUE = new Set([
    '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--platform', '--python-version',
    '--implementation', '--abi', '--root', '--prefix', '--src', '--upgrade-strategy', '--progress-bar', '-i',
    '--index-url', '--extra-index-url', '-f', '--find-links', '--no-binary', '--only-binary', '--global-option',
    '--install-option', '-C', '--config-settings', '--report', '--log', '--log-file', '--proxy', '--retries',
    '--timeout', '--exists-action', '--trusted-host', '--cert', '--client-cert', '--cache-dir', '--python',
    '--use-feature', '--use-deprecated', '--keyring-provider', '--root-user-action', '--group', '--build', '-b',
]);
/** Short options that take a value: in a cluster (`-qr file`) only the last letter may. */
const SHORT_TAKES_VALUE = new Set(['r', 'c', 'e', 't', 'i', 'f', 'C', 'b']);
/** Splits a shell line into simple commands of words (quotes, backslashes, `&& || ; | &`, redirections, comments). */
function commands(line) {
    const out = [];
    let words = [];
    let word = null;
    let skipNext = false; // the target of a redirection
    const finishWord = () => {
        if (word && !skipNext)
            words.push(word);
        else if (word)
            skipNext = false;
        word = null;
    };
    const finishCommand = () => {
        finishWord();
        if (words.length)
            out.push(words);
        words = [];
        skipNext = false;
    };
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            finishWord();
        }
        else if (c === '#' && word === null) {
            break;
        }
        else if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
            finishCommand();
        }
        else if (c === '>' || c === '<') {
            if (word && /^\d+$/.test(word.text))
                word = null; // the fd number of `2>`
            finishWord();
            if (line[i + 1] === '>')
                i++;
            if (line[i + 1] === '&') {
                for (i += 2; i < line.length && /[\d-]/.test(line[i]);)
                    i++; // `2>&1`, `>&-`: no file word
                i--;
            }
            else {
                skipNext = true;
            }
        }
        else {
            word ??= { text: '', substituted: false };
            if (c === "'") {
                const end = line.indexOf("'", i + 1);
                const stop = end < 0 ? line.length : end;
                word.text += line.slice(i + 1, stop);
                i = stop;
            }
            else if (c === '"') {
                let j = i + 1;
                for (; j < line.length && line[j] !== '"'; j++) {
                    if (line[j] === '\\' && j + 1 < line.length)
                        j++;
                    if (line[j] === '$' || line[j] === '{')
                        word.substituted = true;
                    word.text += line[j];
                }
                i = j;
            }
            else if (c === '\\') {
                if (i + 1 < line.length)
                    word.text += line[++i];
            }
            else {
                if (c === '$' || c === '{')
                    word.substituted = true;
                word.text += c;
            }
        }
    }
    finishCommand();
    return out;
}
/** The arguments after `pip`, or null when the command does not run pip. */
function pipArguments(words) {
    let i = 0;
    while (i < words.length && (words[i].text === 'sudo' || /^[A-Za-z_]\w*=/.test(words[i].text)))
        i++;
    const first = words[i];
    if (!first)
        return null;
    const program = first.text.slice(first.text.lastIndexOf('/') + 1);
    if (/^pip(\d+(\.\d+)?)?$/.test(program))
        return words.slice(i + 1);
    if (program === 'uv' && words[i + 1]?.text === 'pip')
        return words.slice(i + 2);
    if (/^python(\d+(\.\d+)?)?$/.test(program) || program === 'py' || first.substituted) {
        for (let j = i + 1; j < words.length; j++) {
            const w = words[j].text;
            if (w === '-m')
                return words[j + 1]?.text === 'pip' ? words.slice(j + 2) : null;
            if (w === '-mpip')
                return words.slice(j + 1);
            if (!w.startsWith('-'))
                return null;
        }
    }
    return null;
}
/** The packages of an `install` after pip's own arguments, or null when pip is asked for something else. */
function installedPackages(args) {
    let i = 0;
    for (; i < args.length && args[i].text.startsWith('-'); i++)
        if (takesValue(args[i].text))
            i++;
    if (args[i]?.text !== 'install')
        return null;
    const packages = [];
    for (i++; i < args.length; i++) {
        const { text, substituted } = args[i];
        if (text.startsWith('-')) {
            if (takesValue(text))
                i++;
        }
        else if (!substituted && text !== '' && !/^[./~]/.test(text)) {
            packages.push(text);
        }
    }
    return packages;
}
function takesValue(option) {
    if (option.startsWith('--'))
        return !option.includes('=') && TAKES_VALUE.has(option);
    // optparse clusters: `-qU` are flags; at the first letter that takes a value, the rest of the word is that value.
    for (let k = 1; k < option.length; k++)
        if (SHORT_TAKES_VALUE.has(option[k]))
            return k === option.length - 1;
    return false;
}
/**
 * The packages named by each `pip install` in a shell line, one list per pip run (an empty list for
 * `pip install -r requirements.txt`). `command` is the line without IPython's `!` or `%`.
 */
function pipInstallPackages(command) {
    const found = [];
    for (const words of commands(command)) {
        const args = pipArguments(words);
        const packages = args && installedPackages(args);
        if (packages)
            found.push(packages);
    }
    return found;
}

;// CONCATENATED MODULE: ./shared/scan/python-imports.ts
// Finds the modules a Python file imports without parsing Python. A byte-level lexer knows just enough of the language
// (strings with every prefix, comments, brackets, line continuations, f-string replacement fields nested to any depth
// as Python 3.12 allows) to tell code from text. `import` is a hard keyword, so every `import` token outside strings
// and comments belongs to an import statement: the lexer only looks closely at words starting with `i` or `f`, reads
// the statement that follows them, and skips everything else a byte at a time, or with indexOf (comments,
// triple-quoted strings). It works on the undecoded bytes; only names with non-ASCII letters are decoded.
// What it accepts is a superset of Python: it flags only what the tokenizer rejects (unterminated strings,
// unbalanced brackets, NUL bytes), never grammar errors, and stops at the first of those.
/** A place where the lexer gave up, as a byte offset into the bytes it scanned. */
class Unparsable {
    message;
    offset;
    constructor(message, offset) {
        this.message = message;
        this.offset = offset;
    }
}
/** Byte classes the main loop reacts to; everything else (`NONE`) is stepped over. */
var K;
(function (K) {
    K[K["NONE"] = 0] = "NONE";
    K[K["QUOTE"] = 1] = "QUOTE";
    K[K["HASH"] = 2] = "HASH";
    K[K["BACKSLASH"] = 3] = "BACKSLASH";
    K[K["OPEN"] = 4] = "OPEN";
    K[K["CLOSE"] = 5] = "CLOSE";
    K[K["COLON"] = 6] = "COLON";
    K[K["NEWLINE"] = 7] = "NEWLINE";
})(K || (K = {}));
function classTable(newlines) {
    const t = new Uint8Array(256);
    t[0x22] = t[0x27] = K.QUOTE;
    t[0x23] = K.HASH;
    t[0x5c] = K.BACKSLASH;
    t[0x28] = t[0x5b] = t[0x7b] = K.OPEN;
    t[0x29] = t[0x5d] = t[0x7d] = K.CLOSE;
    t[0x3a] = K.COLON;
    if (newlines)
        t[0x0a] = K.NEWLINE;
    return t;
}
/** Plain Python: newlines mean nothing to an import finder. */
const PYTHON = classTable(false);
/** IPython cells: every logical line start may hold a magic (`%pip`, `!ls`), so newlines are stops. */
const IPYTHON = classTable(true);
/** Bytes that continue a name. Bytes >= 0x80 are taken as letters: non-ASCII outside strings is a name or an error. */
const NAME = new Uint8Array(256);
/** Bytes that may start a name. */
const NAME_START = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
    NAME_START[c] = letter ? 1 : 0;
    NAME[c] = letter || (c >= 0x30 && c <= 0x39) ? 1 : 0;
}
const OPENER_OF = { 0x29: 0x28, 0x5d: 0x5b, 0x7d: 0x7b };
/** CPython's tokenizer limits (MAXLEVEL, MAXFSTRINGLEVEL); they also bound this lexer's recursion. */
const MAX_BRACKETS = 200;
const MAX_FSTRINGS = 150;
const utf8 = new TextDecoder('utf-8');
// Needles as bytes: a string needle is re-encoded on every call.
const IMPORT = Buffer.from('import');
const FROM = Buffer.from('from');
const CODING = Buffer.from('coding');
class Lexer {
    b;
    onMagicLine;
    imports = [];
    n;
    cls;
    /** Offsets of the open brackets, innermost last. */
    stack = [];
    fstrings = 0;
    /** End of the last dotted name read by `dotted()`. */
    end = 0;
    lineOffset = 0;
    lineNumber = 1;
    /** The same bytes as a Buffer, for its native substring search. */
    buffer;
    /** Next offsets of the texts `import` and `from` (`n` when none is left). */
    nextImport = -1;
    nextFrom = -1;
    constructor(b, onMagicLine) {
        this.b = b;
        this.onMagicLine = onMagicLine;
        this.n = b.length;
        this.buffer = asBuffer(b);
        this.cls = onMagicLine ? IPYTHON : PYTHON;
    }
    run() {
        const start = this.onMagicLine ? this.magicLine(0) : 0;
        this.code(start, false);
        const open = this.stack.pop();
        if (open !== undefined)
            throw new Unparsable(`'${String.fromCharCode(this.b[open])}' was never closed`, open);
    }
    /** 1-based line of a byte offset. Offsets asked for mostly grow, so counting resumes where it stopped. */
    line(offset) {
        if (offset < this.lineOffset) {
            this.lineOffset = 0;
            this.lineNumber = 1;
        }
        const b = this.b;
        let p = this.lineOffset;
        let line = this.lineNumber;
        for (;;) {
            const nl = b.indexOf(0x0a, p);
            if (nl < 0 || nl >= offset)
                break;
            line++;
            p = nl + 1;
        }
        this.lineOffset = p;
        this.lineNumber = line;
        return line;
    }
    /**
     * Code, up to the end of the input; or, inside an f-string replacement field (`field`), up to the `}` or the
     * format-spec `:` that closes it, whose offset is returned. Bytes are stepped over one at a time up to the next
     * `import`/`from` found by a native search; the candidate is a keyword when the lexer reaches it in code.
     */
    code(i, field) {
        const b = this.b;
        const n = this.n;
        const cls = this.cls;
        const stack = this.stack;
        const base = stack.length;
        for (;;) {
            if (this.nextImport < i)
                this.nextImport = this.find(IMPORT, i);
            if (this.nextFrom < i)
                this.nextFrom = this.find(FROM, i);
            const keyword = this.nextImport < this.nextFrom ? this.nextImport : this.nextFrom;
            while (i < keyword) {
                const k = cls[b[i]];
                if (k === K.NONE) {
                    i++;
                    continue;
                }
                switch (k) {
                    case K.QUOTE:
                        i = this.string(i);
                        break;
                    case K.HASH: {
                        const nl = b.indexOf(0x0a, i);
                        i = nl < 0 ? n : nl;
                        break;
                    }
                    case K.BACKSLASH:
                        i = this.continuation(i);
                        break;
                    case K.OPEN:
                        if (stack.length >= MAX_BRACKETS)
                            throw new Unparsable('too many nested parentheses', i);
                        stack.push(i);
                        i++;
                        break;
                    case K.CLOSE: {
                        const c = b[i];
                        if (stack.length === base) {
                            if (field && c === 0x7d)
                                return i;
                            throw new Unparsable(`unmatched '${String.fromCharCode(c)}'`, i);
                        }
                        const open = stack.pop();
                        if (b[open] !== OPENER_OF[c]) {
                            const o = String.fromCharCode(b[open]);
                            throw new Unparsable(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${o}'`, i);
                        }
                        i++;
                        break;
                    }
                    case K.COLON:
                        if (field && stack.length === base)
                            return i;
                        i++;
                        break;
                    case K.NEWLINE:
                        i++;
                        if (!field && stack.length === 0)
                            i = this.magicLine(i);
                        break;
                }
            }
            if (i >= n)
                break;
            if (i === keyword) {
                const isWord = i === 0 || !NAME[b[i - 1]];
                if (i === this.nextImport)
                    i = isWord && this.word(i, 'import') ? this.importStatement(i) : i + 1;
                else
                    i = isWord && this.word(i, 'from') ? this.fromStatement(i) : i + 1;
            }
        }
        if (field)
            throw new Unparsable("f-string: expecting '}'", n);
        return i;
    }
    /** Offset of the next `word` at or after `from` (native search), or the end of input. */
    find(word, from) {
        const at = this.buffer.indexOf(word, from);
        return at < 0 ? this.n : at;
    }
    /** `\` outside strings: must end the line. */
    continuation(i) {
        const b = this.b;
        if (b[i + 1] === 0x0a)
            return i + 2;
        if (b[i + 1] === 0x0d && b[i + 2] === 0x0a)
            return i + 3;
        throw new Unparsable(i + 1 >= this.n ? 'unexpected EOF while parsing' : 'unexpected character after line continuation character', i);
    }
    /** A string literal whose opening quote is at `i`; its prefix letters, if any, are the name bytes just before. */
    string(i) {
        const b = this.b;
        let raw = false;
        let formatted = false;
        let p = i - 1;
        while (p >= 0 && p >= i - 3 && NAME[b[p]])
            p--;
        if (i - 1 - p <= 2 && (p < 0 || !NAME[b[p]])) {
            for (let q = p + 1; q < i; q++) {
                const c = b[q] | 0x20;
                if (c === 0x72)
                    raw = true;
                else if (c === 0x66 || c === 0x74)
                    formatted = true; // f-strings, and 3.14's t-strings
            }
        }
        const quote = b[i];
        const triple = b[i + 1] === quote && b[i + 2] === quote;
        if (formatted)
            return this.fstring(i, quote, triple, raw);
        return triple ? this.longString(i, quote) : this.shortString(i, quote);
    }
    shortString(i, quote) {
        const b = this.b;
        const n = this.n;
        for (let j = i + 1; j < n; j++) {
            const c = b[j];
            if (c === quote)
                return j + 1;
            if (c === 0x5c) {
                j += b[j + 1] === 0x0d && b[j + 2] === 0x0a ? 2 : 1;
            }
            else if (c === 0x0a || c === 0x0d) {
                break;
            }
        }
        throw new Unparsable('unterminated string literal', i);
    }
    /** Triple-quoted: jump from quote to quote; a quote preceded by an odd run of backslashes is escaped. */
    longString(i, quote) {
        const b = this.b;
        let j = i + 3;
        for (;;) {
            j = b.indexOf(quote, j);
            if (j < 0)
                throw new Unparsable('unterminated triple-quoted string literal', i);
            let s = j - 1;
            while (b[s] === 0x5c)
                s--;
            if ((j - 1 - s) % 2 === 0 && b[j + 1] === quote && b[j + 2] === quote)
                return j + 3;
            j++;
        }
    }
    /** An f-string as Python 3.12 tokenizes it (PEP 701): replacement fields are code, and may hold any string. */
    fstring(i, quote, triple, raw) {
        if (++this.fstrings > MAX_FSTRINGS)
            throw new Unparsable('too many nested f-strings', i);
        const b = this.b;
        const n = this.n;
        let j = i + (triple ? 3 : 1);
        for (;;) {
            if (j >= n)
                throw new Unparsable(`unterminated ${triple ? 'triple-quoted ' : ''}f-string literal`, i);
            const c = b[j];
            if (c === quote) {
                if (!triple) {
                    j++;
                    break;
                }
                if (b[j + 1] === quote && b[j + 2] === quote) {
                    j += 3;
                    break;
                }
                j++;
            }
            else if (c === 0x0a || c === 0x0d) {
                if (!triple)
                    throw new Unparsable('unterminated f-string literal', i);
                j++;
            }
            else if (c === 0x5c) {
                j = this.fstringEscape(j, raw);
            }
            else if (c === 0x7b) {
                j = b[j + 1] === 0x7b ? j + 2 : this.replacementField(j + 1, quote, triple, raw);
            }
            else if (c === 0x7d) {
                j += b[j + 1] === 0x7d ? 2 : 1;
            }
            else {
                j++;
            }
        }
        this.fstrings--;
        return j;
    }
    /** `\x` in an f-string's text: skips the escaped character, except a brace (still a field) and `\N{NAME}`. */
    fstringEscape(j, raw) {
        const b = this.b;
        let p = j + 1;
        if (b[p] === 0x0d)
            p++;
        const c = b[p];
        if (c === 0x7b || c === 0x7d)
            return j + 1;
        if (!raw && c === 0x4e && b[p + 1] === 0x7b) {
            for (let q = p + 2; q < this.n; q++) {
                const d = b[q];
                if (d === 0x7d)
                    return q + 1;
                if (d === 0x22 || d === 0x27 || d === 0x0a || d === 0x0d || d === 0x7b)
                    break;
            }
            return p + 2;
        }
        return p + 1;
    }
    /** `{expr!r:spec}` from just after the `{`; returns the offset after its `}`. */
    replacementField(j, quote, triple, raw) {
        j = this.code(j, true);
        if (this.b[j] === 0x3a)
            j = this.formatSpec(j + 1, quote, triple, raw);
        return j + 1;
    }
    /** Text after the `:` of a replacement field, with nested fields; returns the offset of the closing `}`. */
    formatSpec(j, quote, triple, raw) {
        const b = this.b;
        for (;;) {
            if (j >= this.n)
                throw new Unparsable("f-string: expecting '}'", j);
            const c = b[j];
            if (c === 0x7d)
                return j;
            if (c === 0x7b) {
                j = this.replacementField(j + 1, quote, triple, raw);
            }
            else if (c === 0x5c) {
                j = this.fstringEscape(j, raw);
            }
            else if ((c === quote && (!triple || (b[j + 1] === quote && b[j + 2] === quote))) || ((c === 0x0a || c === 0x0d) && !triple)) {
                throw new Unparsable("f-string: expecting '}'", j);
            }
            else {
                j++;
            }
        }
    }
    /** Whether `word` stands at `i` as a whole name (the caller checked the byte before). */
    word(i, word) {
        const b = this.b;
        for (let k = 1; k < word.length; k++)
            if (b[i + k] !== word.charCodeAt(k))
                return false;
        return !NAME[b[i + word.length]];
    }
    /** Spaces, tabs, form feeds and `\`-newline continuations. */
    space(j) {
        const b = this.b;
        for (;;) {
            const c = b[j];
            if (c === 0x20 || c === 0x09 || c === 0x0c)
                j++;
            else if (c === 0x5c && b[j + 1] === 0x0a)
                j += 2;
            else if (c === 0x5c && b[j + 1] === 0x0d && b[j + 2] === 0x0a)
                j += 3;
            else
                return j;
        }
    }
    /** A name at `j`, or null; its end goes to `this.end`. */
    name(j) {
        const b = this.b;
        if (!NAME_START[b[j]])
            return null;
        let e = j + 1;
        let ascii = b[j] < 0x80;
        while (NAME[b[e]]) {
            if (b[e] >= 0x80)
                ascii = false;
            e++;
        }
        this.end = e;
        if (!ascii)
            return utf8.decode(b.subarray(j, e)).normalize('NFKC'); // Python compares names in NFKC form
        let s = '';
        for (let k = j; k < e; k++)
            s += String.fromCharCode(b[k]);
        return s;
    }
    /** `a.b.c` (spaces and continuations allowed around the dots, as in Python); its end goes to `this.end`. */
    dotted(j) {
        let name = this.name(j);
        if (name === null)
            return null;
        for (;;) {
            const dot = this.space(this.end);
            if (this.b[dot] !== 0x2e)
                return name;
            const end = this.end;
            const part = this.name(this.space(dot + 1));
            if (part === null) {
                this.end = end;
                return name;
            }
            name += '.' + part;
        }
    }
    /** `import a.b as c, d` from the keyword at `i`; returns where scanning resumes. */
    importStatement(i) {
        const b = this.b;
        const line = this.line(i);
        let j = i + 6;
        for (;;) {
            const name = this.dotted(this.space(j));
            if (name === null)
                return j;
            this.add(name, 0, line);
            j = this.space(this.end);
            if (b[j] === 0x61 && b[j + 1] === 0x73 && !NAME[b[j + 2]]) {
                const alias = this.space(j + 2);
                if (this.name(alias) === null)
                    return alias;
                j = this.space(this.end);
            }
            if (b[j] !== 0x2c)
                return j;
            j++;
        }
    }
    /**
     * `from .a.b import` from the keyword at `i`: recorded only when the dots and name are followed by `import`;
     * otherwise (`yield from x`, `raise E from e`) scanning resumes right after `from`.
     */
    fromStatement(i) {
        const b = this.b;
        let j = this.space(i + 4);
        let level = 0;
        while (b[j] === 0x2e) {
            level++;
            j = this.space(j + 1);
        }
        let name = '';
        if (!(b[j] === 0x69 && this.word(j, 'import'))) {
            const dotted = this.dotted(j);
            if (dotted === null)
                return i + 4;
            name = dotted;
            j = this.space(this.end);
            if (!(b[j] === 0x69 && this.word(j, 'import')))
                return i + 4;
        }
        else if (level === 0) {
            return i + 4;
        }
        this.add(name, level, this.line(i));
        return j + 6;
    }
    add(dotted, level, line) {
        const dot = dotted.indexOf('.');
        this.imports.push({
            module: dot < 0 ? dotted : dotted.slice(0, dot),
            dotted: level ? '.'.repeat(level) + dotted : dotted,
            level,
            line,
        });
    }
    /** At a logical line start in an IPython cell: skips a magic line, returning the offset of its newline (or EOF). */
    magicLine(i) {
        const end = ipythonLineEnd(this.b, i);
        if (end < 0)
            return i;
        this.onMagicLine(utf8.decode(this.b.subarray(i, end)), this.line(i));
        return end;
    }
}
/**
 * If the line at `i` is IPython syntax, the offset where it ends (its newline, after `\` continuations); else -1.
 * Forms: `%magic`, `%%cell`, `!shell`, `?help`, `x, y = !cmd`, `x = %magic`, `obj?` / `obj??`.
 */
function ipythonLineEnd(b, i) {
    let p = i;
    while (b[p] === 0x20 || b[p] === 0x09)
        p++;
    const c = b[p];
    let magic = c === 0x25 || c === 0x21 || c === 0x3f;
    if (!magic && c !== undefined && NAME_START[c])
        magic = assignsFromMagic(b, p) || endsInHelp(b, p);
    if (!magic)
        return -1;
    for (;;) {
        const nl = b.indexOf(0x0a, p);
        if (nl < 0)
            return b.length;
        let last = nl - 1;
        if (b[last] === 0x0d)
            last--;
        if (b[last] !== 0x5c)
            return nl;
        p = nl + 1;
    }
}
/** `a, b.c = !cmd` or `x = %magic` (IPython's assign_from_system / assign_from_magic). */
function assignsFromMagic(b, p) {
    while (NAME[b[p]] || b[p] === 0x2e || b[p] === 0x2c || b[p] === 0x20 || b[p] === 0x09)
        p++;
    if (b[p] !== 0x3d || b[p + 1] === 0x3d)
        return false;
    p++;
    while (b[p] === 0x20 || b[p] === 0x09)
        p++;
    return (b[p] === 0x21 && b[p + 1] !== 0x3d) || b[p] === 0x25;
}
/** `np.mean?`, `obj??`, `np.*load*?`: a whole line of dotted name (wildcards allowed) then `?` or `??`. */
function endsInHelp(b, p) {
    while (NAME[b[p]] || b[p] === 0x2e || b[p] === 0x2a)
        p++;
    if (b[p] !== 0x3f)
        return false;
    p += b[p + 1] === 0x3f ? 2 : 1;
    while (b[p] === 0x20 || b[p] === 0x09 || b[p] === 0x0d)
        p++;
    return p >= b.length || b[p] === 0x0a;
}
/** PEP 263: the encoding named in a `coding[:=]` comment on line 1, or line 2 when line 1 is a comment or blank. */
function codingCookie(b) {
    let start = 0;
    for (let lineNo = 1; lineNo <= 2 && start < b.length; lineNo++) {
        let end = b.indexOf(0x0a, start);
        if (end < 0)
            end = b.length;
        let p = start;
        while (b[p] === 0x20 || b[p] === 0x09 || b[p] === 0x0c)
            p++;
        if (b[p] === 0x23) {
            const coding = b.indexOf(CODING, p);
            if (coding >= 0 && coding < end) {
                const m = /coding[:=][ \t]*([-\w.]+)/.exec(b.toString("latin1", coding, end));
                if (m)
                    return m[1].toLowerCase();
            }
        }
        else if (p < end && !(b[p] === 0x0d && p + 1 === end)) {
            return null; // line 1 holds code: line 2 cannot declare the encoding
        }
        start = end + 1;
    }
    return null;
}
/** Python codec name to a WHATWG label, or null when the bytes may be scanned as they are. */
function decoderLabel(codec) {
    const name = codec.replace(/_/g, '-');
    if (name === 'utf-8' || name === 'utf8' || name.startsWith('utf-8-') || name === 'ascii' || name === 'us-ascii')
        return null;
    if (/^(latin-?1|iso-?8859-1|iso-latin-1)(-|$)/.test(name))
        return 'iso-8859-1';
    return name.replace(/^iso8859-/, 'iso-8859-').replace(/^cp(125\d)$/, 'windows-$1');
}
/** The bytes the lexer should see: UTF-8 without BOM, cut at a NUL (with its problem), lone CRs turned into LFs. */
function prepare(input, decoded) {
    // The lexer indexes a plain Uint8Array (V8's indexOf: cheap calls for short hops); searches over the whole input go
    // through a Buffer over the same memory (memchr: several times faster over megabytes).
    let b = plain(input);
    if (!decoded)
        b = decode(b);
    const nul = asBuffer(b).indexOf(0);
    if (nul >= 0)
        b = b.subarray(0, nul);
    // Python reads a lone CR as a newline; the lexer only counts LFs, so rewrite them in a copy (offsets unchanged).
    const whole = asBuffer(b);
    let cr = whole.indexOf(0x0d);
    while (cr >= 0 && b[cr + 1] === 0x0a)
        cr = whole.indexOf(0x0d, cr + 2);
    if (cr >= 0) {
        b = Uint8Array.from(b);
        for (; cr >= 0; cr = b.indexOf(0x0d, cr + 1))
            if (b[cr + 1] !== 0x0a)
                b[cr] = 0x0a;
    }
    return { bytes: b, nul };
}
/** File bytes as UTF-8: BOM dropped, other encodings declared by a PEP 263 cookie transcoded. */
function decode(b) {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return b.subarray(3);
    const codec = codingCookie(asBuffer(b));
    const label = codec === null ? null : decoderLabel(codec);
    if (label === null || !b.some((c) => c >= 0x80))
        return b;
    try {
        return plain(Buffer.from(new TextDecoder(label).decode(b), 'utf8'));
    }
    catch {
        return b; // an encoding this runtime cannot decode: the raw bytes are right for any ASCII-compatible one
    }
}
function plain(b) {
    return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
function asBuffer(b) {
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}
/** Lexes Python source for its imports. Lines in the result are 1-based lines of the input. */
function lexImports(source, options = {}) {
    const { bytes, nul } = prepare(source, options.decoded ?? false);
    const lexer = new Lexer(bytes, options.onMagicLine);
    let problem;
    try {
        lexer.run();
    }
    catch (e) {
        if (!(e instanceof Unparsable))
            throw e;
        problem = place(lexer, e.message, e.offset);
    }
    if (nul >= 0)
        problem = place(lexer, 'source code cannot contain null bytes', nul);
    return { imports: lexer.imports, problem };
}
function place(lexer, message, offset) {
    const b = lexer.b;
    const line = lexer.line(offset);
    const at = Math.min(offset, b.length);
    const lineStart = at === 0 ? 0 : b.lastIndexOf(0x0a, at - 1) + 1;
    const column = utf8.decode(b.subarray(lineStart, at)).length + 1;
    return { message, line, column };
}
/** The imports of one Python file (`path` is only used to label the result and its problem). */
function scanPythonSource(source, path) {
    const decoded = typeof source === 'string';
    const { imports, problem } = lexImports(decoded ? Buffer.from(source, 'utf8') : source, { decoded });
    const file = { path, imports, pipInstalls: [] };
    if (problem)
        file.problem = unparsable(path, problem.message, problem.line, problem.column);
    return file;
}
function unparsable(file, message, line, column) {
    return { severity: 'warning', code: 'scan/unparsable', message: `cannot read all imports: ${message}`, file, line, column };
}

;// CONCATENATED MODULE: ./shared/scan/notebook.ts
// The imports of a Jupyter notebook: the code cells of nbformat 4 (and 3), each lexed as IPython would run it.
// Lines point into the .ipynb file: a cell's source line maps to the JSON line where that line's text starts.
//
// IPython syntax never reaches the Python lexer: line magics (`%matplotlib inline`), shell escapes (`!ls`), help
// (`obj?`) and `x = !cmd` lines are skipped wherever a logical line starts (not inside strings or brackets). A cell
// that starts with a cell magic is scanned only when that magic still runs the cell as Python in this kernel
// (PYTHON_CELL_MAGICS); shell cells (SHELL_CELL_MAGICS) are read for `pip install` lines; any other (`%%writefile`,
// `%%html`, `%%sql`, …) is skipped. `pip install` in shell escapes and `%pip` becomes PipInstallEvidence.
// Notebooks whose kernel is not Python (R, Julia) have no Python imports and yield none.




/** Cell magics whose body IPython runs as Python code: its imports are real. */
const PYTHON_CELL_MAGICS = new Set([
    'capture', 'time', 'timeit', 'prun', 'debug', 'python', 'python3', 'memit', 'mprun',
]);
/** Cell magics whose body is shell script: only read for `pip install`. */
const SHELL_CELL_MAGICS = new Set(['bash', 'sh', 'script', 'system']);
/** Scans notebook JSON text. Malformed JSON or a shape that is no notebook gives a `problem` and no imports. */
function scanNotebook(text, path) {
    const file = { path, imports: [], pipInstalls: [] };
    let doc;
    try {
        doc = json_with_lines_parseJsonWithLines(text, path);
    }
    catch (e) {
        if (!(e instanceof LocatedError))
            throw e;
        file.problem = unparsable(path, `not a notebook: ${e.message}`, e.line, e.column);
        return file;
    }
    const cells = codeCells(doc);
    if (typeof cells === 'string') {
        file.problem = unparsable(path, `not a notebook: ${cells}`);
        return file;
    }
    for (const cell of cells)
        scanCell(cell, file);
    return file;
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/** The code cells in order, or why there are none to read. */
function codeCells(doc) {
    const nb = record(doc.value);
    if (!nb)
        return 'the document is not an object';
    const meta = record(nb.metadata);
    const language = record(meta?.kernelspec)?.language ?? record(meta?.language_info)?.name ?? meta?.language;
    if (typeof language === 'string' && !/^python/i.test(language))
        return [];
    let cells;
    let sourceKey;
    if (Array.isArray(nb.cells)) {
        cells = nb.cells;
        sourceKey = 'source';
    }
    else if (Array.isArray(nb.worksheets)) {
        // nbformat 3: cells live in worksheets, their code under `input`.
        cells = nb.worksheets.flatMap((w) => {
            const ws = record(w)?.cells;
            return Array.isArray(ws) ? ws : [];
        });
        sourceKey = 'input';
    }
    else {
        return 'no `cells` array';
    }
    const out = [];
    cells.forEach((value, index) => {
        const cell = record(value);
        if (!cell || cell.cell_type !== 'code')
            return;
        if (typeof cell.language === 'string' && !/^python/i.test(cell.language))
            return;
        const source = cell[sourceKey];
        const line = doc.lineOf(cell, sourceKey) ?? 1;
        if (typeof source === 'string')
            out.push({ index, text: source, lines: sourceLines([source], [line]) });
        else if (Array.isArray(source)) {
            const parts = source.map((s) => (typeof s === 'string' ? s : ''));
            out.push({ index, text: parts.join(''), lines: sourceLines(parts, parts.map((_, k) => doc.lineOf(source, k) ?? line)) });
        }
    });
    return out;
}
/** For source split into JSON strings `parts` starting on JSON lines `at`: the JSON line of each source line. */
function sourceLines(parts, at) {
    const lines = [0];
    let lineStarts = true;
    parts.forEach((part, k) => {
        const jsonLine = at[k];
        if (lineStarts && part !== '')
            lines.push(jsonLine);
        if (part !== '')
            lineStarts = false;
        for (let nl = part.indexOf('\n'); nl >= 0; nl = part.indexOf('\n', nl + 1)) {
            if (nl + 1 < part.length)
                lines.push(jsonLine);
            else
                lineStarts = true;
        }
    });
    if (lines.length === 1)
        lines.push(at[0] ?? 1);
    return lines;
}
function scanCell(cell, file) {
    const jsonLine = (line) => cell.lines[Math.min(line, cell.lines.length - 1)];
    const pip = (command, line) => {
        for (const packages of pipInstallPackages(command)) {
            if (packages.length)
                file.pipInstalls.push({ packages, line: jsonLine(line), cell: cell.index });
        }
    };
    const magic = /^\s*%%(\S+)/.exec(cell.text.replace(/^(\s*\n)+/, ''));
    if (magic && !PYTHON_CELL_MAGICS.has(magic[1])) {
        if (SHELL_CELL_MAGICS.has(magic[1])) {
            cell.text.split('\n').forEach((text, k) => {
                if (!/^\s*%%/.test(text))
                    pip(text, k + 1);
            });
        }
        return;
    }
    const { imports, problem } = lexImports(Buffer.from(cell.text, 'utf8'), {
        decoded: true,
        onMagicLine(text, line) {
            const command = shellOrPip(text.replace(/\\\r?\n/g, ' '));
            if (command !== null)
                pip(command, line);
        },
    });
    for (const found of imports)
        file.imports.push({ ...found, line: jsonLine(found.line), cell: cell.index });
    if (problem && !file.problem) {
        file.problem = unparsable(file.path, `${problem.message} (cell ${cell.index + 1})`, jsonLine(problem.line));
    }
}
/** The shell command of a `!cmd` / `x = !cmd` line, or `pip …` of a `%pip …` line; null for other IPython lines. */
function shellOrPip(line) {
    const m = /^\s*(?:[\w.]+(?:\s*,\s*[\w.]+)*\s*=\s*)?(!!?|%)(.*)$/s.exec(line);
    if (!m)
        return null;
    if (m[1] !== '%')
        return m[2];
    return /^pip\s/.test(m[2]) ? m[2] : null;
}

;// CONCATENATED MODULE: ./shared/scan/scan-files.ts
// Reads and scans many files, spread over worker threads when there are enough of them to pay for starting one
// (a worker loads the whole bundle: tens of milliseconds).
//
// The worker runs the file this module is in: `new Worker(new URL(import.meta.url))`. Once ncc has bundled an action,
// that file is the action's whole bundle, so a worker evaluates every module the bundle holds, up to and including
// this one (imports are evaluated before their importers). The check at the bottom of this module then scans, posts
// the results and ends the thread with process.exit() before control returns to the importers: the action's own
// entry code never runs in a worker. From TypeScript sources (Jest), import.meta.url is a `.ts` file a worker cannot
// load: scanning stays in the calling thread.
//
// Files are handed out through a counter in shared memory that every thread (the caller's included) bumps to claim
// the next file, so fast threads take more files and no thread idles while others still have a queue.






/** Below this many files one thread is as fast as several: starting a worker costs about as much as scanning them. */
const FILES_PER_EXTRA_THREAD = 400;
/** The caller's thread yields to its event loop after scanning for this long. */
const SLICE_MS = 20;
const WORKER_TAG = 'ml-hub/scan-files';
/** Reads and scans one file (relative path, `/` separators). A file that cannot be read gives a problem, not a throw. */
function scanFile(root, path) {
    let bytes;
    try {
        bytes = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, path));
    }
    catch (e) {
        const code = e.code ?? String(e);
        return {
            path,
            imports: [],
            pipInstalls: [],
            problem: { severity: 'warning', code: 'scan/unreadable', message: `cannot be read (${code})`, file: path },
        };
    }
    return path.endsWith('.ipynb') ? scanNotebook(bytes.toString('utf8'), path) : scanPythonSource(bytes, path);
}
/** Claims and scans files until none is left. */
function drain(task, into, deadline = Infinity) {
    const next = new Int32Array(task.next);
    while (performance.now() < deadline) {
        const k = Atomics.add(next, 0, 1);
        if (k >= task.files.length)
            return true;
        into.indices.push(k);
        into.scanned.push(scanFile(task.root, task.files[k]));
    }
    return false;
}
function bundledWorkerUrl() {
    const url = new URL(import.meta.url);
    return url.protocol === 'file:' && /\.(c|m)?js$/.test(url.pathname) ? url : null;
}
function runWorker(task) {
    return new Promise((resolve) => {
        let result = null;
        const worker = new external_node_worker_threads_namespaceObject.Worker(bundledWorkerUrl(), { workerData: task });
        worker.on('message', (m) => (result = m));
        worker.on('error', () => undefined); // a failed worker's files are scanned by the caller (see scanFiles)
        worker.on('exit', () => resolve(result));
    });
}
/** Reads and scans `files` (relative to `root`); results sorted by path. */
async function scanFiles(root, files, options = {}) {
    return (await scanFilesReport(root, files, options)).scanned;
}
/** scanFiles, telling how the work was shared among threads. */
async function scanFilesReport(root, files, options = {}) {
    const auto = Math.min((0,external_node_os_namespaceObject.availableParallelism)(), Math.ceil(files.length / FILES_PER_EXTRA_THREAD));
    const threads = Math.max(1, options.threads ?? auto);
    const workers = bundledWorkerUrl() ? threads - 1 : 0;
    const task = { root, files: [...files], next: new SharedArrayBuffer(4) };
    const running = Array.from({ length: workers }, () => runWorker({ tag: WORKER_TAG, ...task }));
    const own = { indices: [], scanned: [] };
    while (!drain(task, own, performance.now() + SLICE_MS))
        await new Promise((resolve) => setImmediate(resolve));
    const results = [own, ...(await Promise.all(running))];
    const byIndex = new Array(files.length);
    for (const result of results)
        result?.indices.forEach((k, j) => (byIndex[k] = result.scanned[j]));
    // Files claimed by a worker that died unannounced are scanned here.
    const scanned = Array.from(byIndex, (file, k) => file ?? scanFile(root, files[k]));
    scanned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const reported = results.filter((r) => r !== null);
    return { scanned, filesPerThread: reported.map((r) => r.indices.length), failedWorkers: results.length - reported.length };
}
if (!external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.tag === WORKER_TAG) {
    const result = { indices: [], scanned: [] };
    drain(external_node_worker_threads_namespaceObject.workerData, result);
    external_node_worker_threads_namespaceObject.parentPort.postMessage(result);
    // Ends this thread before the modules that import this one (the bundle's entry) are evaluated in it.
    process.exit(0);
}

;// CONCATENATED MODULE: ./shared/scan/stdlib-modules.ts
// Which top-level modules ship with CPython 3.8–3.14, so that importing them never asks for a declared dependency.
//
// The data is `sys.stdlib_module_names` (every module CPython may ship, on any platform, private `_` ones included):
// - 3.10–3.13: read from CPython 3.10.13, 3.11.7, 3.12.1 and 3.13.0 (pyenv builds);
// - 3.14: read from CPython 3.14.2 as built by Pyodide 314.0.7 (the list is compiled in, identical on every platform);
// - 3.8 and 3.9 predate `sys.stdlib_module_names`: they are the 3.10 list with what 3.10 removed put back (`formatter`,
//   `parser`, `symbol`, `_bootlocale`, `_peg_parser`) and what 3.9 added taken out for 3.8, found by diffing the modules
//   that the CPython 3.8.18, 3.9.18 and 3.10.13 builds install, and matching the What's New pages.
// Membership holds within a minor series, so only the minor version matters.

/** Minor versions of Python 3 that the data covers, oldest first. */
const STDLIB_MINORS = [8, 9, 10, 11, 12, 13, 14];
const OLDEST = STDLIB_MINORS[0];
const NEWEST = STDLIB_MINORS[STDLIB_MINORS.length - 1];
/** Modules present in every covered version. */
const IN_ALL = [
    '__future__', '_abc', '_ast', '_asyncio', '_bisect', '_blake2', '_bz2', '_codecs', '_codecs_cn', '_codecs_hk',
    '_codecs_iso2022', '_codecs_jp', '_codecs_kr', '_codecs_tw', '_collections', '_collections_abc', '_compat_pickle',
    '_contextvars', '_csv', '_ctypes', '_curses', '_curses_panel', '_datetime', '_dbm', '_decimal', '_elementtree',
    '_frozen_importlib', '_frozen_importlib_external', '_functools', '_gdbm', '_hashlib', '_heapq', '_imp', '_io',
    '_json', '_locale', '_lsprof', '_lzma', '_markupbase', '_md5', '_multibytecodec', '_multiprocessing', '_opcode',
    '_operator', '_osx_support', '_overlapped', '_pickle', '_posixshmem', '_posixsubprocess', '_py_abc', '_pydecimal',
    '_pyio', '_queue', '_random', '_scproxy', '_sha1', '_sha3', '_signal', '_sitebuiltins', '_socket', '_sqlite3',
    '_sre', '_ssl', '_stat', '_statistics', '_string', '_strptime', '_struct', '_symtable', '_thread',
    '_threading_local', '_tkinter', '_tracemalloc', '_uuid', '_warnings', '_weakref', '_weakrefset', '_winapi', 'abc',
    'antigravity', 'argparse', 'array', 'ast', 'asyncio', 'atexit', 'base64', 'bdb', 'binascii', 'bisect', 'builtins',
    'bz2', 'cProfile', 'calendar', 'cmath', 'cmd', 'code', 'codecs', 'codeop', 'collections', 'colorsys', 'compileall',
    'concurrent', 'configparser', 'contextlib', 'contextvars', 'copy', 'copyreg', 'csv', 'ctypes', 'curses',
    'dataclasses', 'datetime', 'dbm', 'decimal', 'difflib', 'dis', 'doctest', 'email', 'encodings', 'ensurepip', 'enum',
    'errno', 'faulthandler', 'fcntl', 'filecmp', 'fileinput', 'fnmatch', 'fractions', 'ftplib', 'functools', 'gc',
    'genericpath', 'getopt', 'getpass', 'gettext', 'glob', 'grp', 'gzip', 'hashlib', 'heapq', 'hmac', 'html', 'http',
    'idlelib', 'imaplib', 'importlib', 'inspect', 'io', 'ipaddress', 'itertools', 'json', 'keyword', 'linecache',
    'locale', 'logging', 'lzma', 'mailbox', 'marshal', 'math', 'mimetypes', 'mmap', 'modulefinder', 'msvcrt',
    'multiprocessing', 'netrc', 'nt', 'ntpath', 'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os',
    'pathlib', 'pdb', 'pickle', 'pickletools', 'pkgutil', 'platform', 'plistlib', 'poplib', 'posix', 'posixpath',
    'pprint', 'profile', 'pstats', 'pty', 'pwd', 'py_compile', 'pyclbr', 'pydoc', 'pydoc_data', 'pyexpat', 'queue',
    'quopri', 'random', 're', 'readline', 'reprlib', 'resource', 'rlcompleter', 'runpy', 'sched', 'secrets', 'select',
    'selectors', 'shelve', 'shlex', 'shutil', 'signal', 'site', 'smtplib', 'socket', 'socketserver', 'sqlite3',
    'sre_compile', 'sre_constants', 'sre_parse', 'ssl', 'stat', 'statistics', 'string', 'stringprep', 'struct',
    'subprocess', 'symtable', 'sys', 'sysconfig', 'syslog', 'tabnanny', 'tarfile', 'tempfile', 'termios', 'textwrap',
    'this', 'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize', 'trace', 'traceback', 'tracemalloc', 'tty',
    'turtle', 'turtledemo', 'types', 'typing', 'unicodedata', 'unittest', 'urllib', 'uuid', 'venv', 'warnings', 'wave',
    'weakref', 'webbrowser', 'winreg', 'winsound', 'wsgiref', 'xml', 'xmlrpc', 'zipapp', 'zipfile', 'zipimport', 'zlib',
];
/** Modules added (`since`, first minor that has it) or removed (`until`, first minor without it) within 3.8–3.14. */
const CHANGED = {
    _aix_support: { since: 9 },
    _android_support: { since: 13 },
    _apple_support: { since: 14 },
    _ast_unparse: { since: 14 },
    _bootlocale: { until: 10 },
    _bootsubprocess: { since: 9, until: 12 },
    _colorize: { since: 13 },
    _compression: { until: 14 },
    _crypt: { until: 13 },
    _dummy_thread: { until: 9 },
    _hmac: { since: 14 },
    _interpchannels: { since: 13 },
    _interpqueues: { since: 13 },
    _interpreters: { since: 13 },
    _ios_support: { since: 13 },
    _msi: { until: 13 },
    _opcode_metadata: { since: 13 },
    _peg_parser: { since: 9, until: 10 },
    _py_warnings: { since: 14 },
    _pydatetime: { since: 12 },
    _pylong: { since: 12 },
    _pyrepl: { since: 13 },
    _remote_debugging: { since: 14 },
    _sha2: { since: 12 },
    _sha256: { until: 12 },
    _sha512: { until: 12 },
    _suggestions: { since: 13 },
    _sysconfig: { since: 13 },
    _tokenize: { since: 11 },
    _types: { since: 14 },
    _typing: { since: 11 },
    _wmi: { since: 13 },
    _zoneinfo: { since: 9 },
    _zstd: { since: 14 },
    aifc: { until: 13 },
    annotationlib: { since: 14 },
    asynchat: { until: 12 },
    asyncore: { until: 12 },
    audioop: { until: 13 },
    binhex: { until: 11 },
    cgi: { until: 13 },
    cgitb: { until: 13 },
    chunk: { until: 13 },
    compression: { since: 14 },
    crypt: { until: 13 },
    distutils: { until: 12 },
    dummy_threading: { until: 9 },
    formatter: { until: 10 },
    graphlib: { since: 9 },
    imghdr: { until: 13 },
    imp: { until: 12 },
    lib2to3: { until: 13 },
    mailcap: { until: 13 },
    msilib: { until: 13 },
    nis: { until: 13 },
    nntplib: { until: 13 },
    ossaudiodev: { until: 13 },
    parser: { until: 10 },
    pipes: { until: 13 },
    smtpd: { until: 12 },
    sndhdr: { until: 13 },
    spwd: { until: 13 },
    sunau: { until: 13 },
    symbol: { until: 10 },
    telnetlib: { until: 13 },
    tomllib: { since: 11 },
    uu: { until: 13 },
    xdrlib: { until: 13 },
    zoneinfo: { since: 9 },
};
const byMinor = new Map();
function clampMinor(minor) {
    return Math.min(Math.max(minor, OLDEST), NEWEST);
}
/** The minor of `3.11`, `3.11.7` or `3.14.0rc1`; versions outside 3.8–3.14 are clamped, since that is all we know. */
function minorOf(pythonVersion) {
    const match = /^\s*(\d+)\.(\d+)/.exec(pythonVersion);
    if (!match)
        throw new TypeError(`not a Python version: "${pythonVersion}"`);
    const major = Number(match[1]);
    if (major < 3)
        return OLDEST;
    if (major > 3)
        return NEWEST;
    return clampMinor(Number(match[2]));
}
/** Every stdlib top-level module name of the given Python version (`3.11` or `3.11.7`). */
function stdlibModules(pythonVersion) {
    const minor = minorOf(pythonVersion);
    let names = byMinor.get(minor);
    if (!names) {
        const set = new Set(IN_ALL);
        for (const [name, { since = OLDEST, until = NEWEST + 1 }] of Object.entries(CHANGED)) {
            if (minor >= since && minor < until)
                set.add(name);
        }
        names = set;
        byMinor.set(minor, names);
    }
    return names;
}
/**
 * Whether `module` (dotted, e.g. `os.path`) belongs to the standard library of `pythonVersion`.
 * Only the top-level name counts. Private `_` names are stdlib only when CPython ships them (`_thread` is, a
 * project's `_utils` is not).
 */
function isStdlibModule(module, pythonVersion) {
    const top = module.split('.', 1)[0];
    return top !== '' && stdlibModules(pythonVersion).has(top);
}
const PATCHES = Array.from({ length: 31 }, (_, patch) => patch);
/** Turns the ways projects write a Python requirement into PEP 440 specifier sets, one per `||` alternative. */
function toPep440Alternatives(spec) {
    const alternatives = [];
    for (const alternative of spec.split('||')) {
        // Clauses are separated by commas (PEP 440) or, in Poetry, by spaces: `>=3.9 <3.13`.
        const clauses = alternative
            .trim()
            .split(/\s*,\s*|\s+(?=[<>=!~^])/)
            .filter((clause) => clause !== '');
        if (clauses.length === 0)
            return undefined;
        const converted = clauses.map(toPep440Clause);
        if (converted.includes(undefined))
            return undefined;
        const set = converted.filter((clause) => clause !== '').join(',');
        if (set !== '' && !validRange(set))
            return undefined;
        alternatives.push(set);
    }
    return alternatives;
}
/** One clause: PEP 440 as is, Poetry `^`/`~`, conda `=3.10`, a bare `3.11` (`==3.11.*`), `*` (anything → ''). */
function toPep440Clause(clause) {
    const text = clause.replace(/\s+/g, '');
    if (text === '*')
        return '';
    const version = /^(\d+(?:\.\d+)*)(\.\*)?$/;
    const bare = version.exec(text);
    if (bare)
        return bare[2] || bare[1].split('.').length < 3 ? `==${bare[1]}.*` : `==${bare[1]}`;
    const poetry = /^([~^])(\d+(?:\.\d+)*)$/.exec(text);
    if (poetry) {
        const parts = poetry[2].split('.').map(Number);
        // ^3.10 → <4; ~3.10 → <3.11; ~3 → <4 (Poetry's rules).
        const upper = poetry[1] === '^' || parts.length === 1 ? [parts[0] + 1] : [parts[0], parts[1] + 1];
        return `>=${poetry[2]},<${upper.join('.')}`;
    }
    const conda = /^=(\d+(?:\.\d+)*)(\.\*)?$/.exec(text);
    if (conda)
        return `==${conda[1]}.*`;
    if (/^(===|==|!=|~=|<=|>=|<|>)\d/.test(text))
        return text;
    return undefined;
}
function stdlib_modules_admits(alternatives, version) {
    return alternatives.some((set) => set === '' || satisfies(version, set));
}
function admitsMinor(alternatives, major, minor) {
    return PATCHES.some((patch) => stdlib_modules_admits(alternatives, `${major}.${minor}.${patch}`));
}
/**
 * The stdlib version (`3.8`–`3.14`) to check imports against, given a declared Python requirement such as `>=3.9`,
 * `~=3.10`, `3.11`, `^3.10`, `>=3.8,<3.12` or `python=3.10`'s `=3.10`.
 *
 * Rule: the lowest covered version the requirement admits, because the code must run there. A requirement that
 * admits only older Pythons (`3.7`, `<3.8`) gives 3.8; one that admits only newer ones (`>=3.15`) gives 3.14.
 * Nothing declared, or a requirement that cannot be read, gives the newest (3.14): the modules removed from the
 * stdlib by then must be declared.
 */
function stdlibVersionFor(pythonSpecifier) {
    const spec = pythonSpecifier?.trim().replace(/^python[\s-]*/i, '');
    const alternatives = spec ? toPep440Alternatives(spec) : undefined;
    if (!alternatives)
        return `3.${NEWEST}`;
    const lowest = STDLIB_MINORS.find((minor) => admitsMinor(alternatives, 3, minor));
    if (lowest !== undefined)
        return `3.${lowest}`;
    const older = [0, 1, 2, 3, 4, 5, 6, 7].some((minor) => admitsMinor(alternatives, 3, minor)) ||
        admitsMinor(alternatives, 2, 7);
    return `3.${older ? OLDEST : NEWEST}`;
}

;// CONCATENATED MODULE: ./shared/scan/interpreter-metadata.ts
// What a project's own Python interpreter says about itself: its version, its stdlib module names, and which import
// names each installed distribution provides. This beats the bundled table whenever the project's environment
// (a venv, a CI interpreter) is at hand.

/** The interpreter could not be run or gave no usable answer; the message says why, for a person. */
class InterpreterError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InterpreterError';
    }
}
// Stdlib only, and parsable by Python 2.7 and 3.x alike (no f-strings), so that an old interpreter reaches the version
// check and says so instead of failing with a SyntaxError. Runs on 3.8+, where importlib.metadata exists.
//
// Import names: each distribution's top-level names are what packages_distributions() says (3.10+), joined with its
// top_level.txt or, lacking one, the module paths in its RECORD (which also catches compiled-only modules that 3.10
// and 3.11 miss). A top-level directory that the distribution does not own outright (no __init__ of its own, or an
// __init__ that other distributions ship too: namespace packages like google/ or zope/) is replaced by the
// subpackages below it that it does own, from its RECORD.
const SNIPPET = String.raw `
import sys
if sys.version_info < (3, 8):
    sys.stderr.write("ml-hub needs Python 3.8 or newer to read installed packages; this is Python %d.%d\n" % sys.version_info[:2])
    sys.exit(3)
if sys.path and sys.path[0] == "":
    del sys.path[0]
import json
import re
from importlib import metadata

MODULE_SUFFIXES = (".py", ".pyc", ".so", ".pyd")

def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()

def module_name(filename):
    if not filename.endswith(MODULE_SUFFIXES):
        return None
    stem = filename.split(".", 1)[0]
    return stem if stem.isidentifier() else None

def relevant_parts(dist):
    out = []
    for path in dist.files or ():
        parts = path.parts
        if not parts or parts[0] == ".." or "__pycache__" in parts or parts[0].endswith((".dist-info", ".egg-info", ".data")):
            continue
        out.append(parts)
    return out

def declared_top_level(dist):
    text = dist.read_text("top_level.txt") or ""
    return [line.strip() for line in text.splitlines() if line.strip()]

def inferred_top_level(parts_list):
    names = set()
    for parts in parts_list:
        if len(parts) == 1:
            name = module_name(parts[0])
        elif module_name(parts[-1]):
            name = parts[0]
        else:
            name = None
        if name:
            names.add(name)
    return names

def owned_below(prefix, parts_list, init_claims, key):
    """Dotted names at or below the directory 'prefix' that distribution 'key' owns."""
    depth = len(prefix)
    owners = init_claims.get(prefix, set())
    if key in owners and len(owners) == 1:
        return [".".join(prefix)]
    below = [p[depth:] for p in parts_list if p[:depth] == prefix and len(p) > depth]
    names = []
    children = set()
    for rest in below:
        if len(rest) == 1:
            name = module_name(rest[0])
            if name and name != "__init__":
                names.append(".".join(prefix + (name,)))
        elif rest[0].isidentifier() and module_name(rest[-1]):
            children.add(rest[0])
    if depth < 6:
        for child in sorted(children):
            names.extend(owned_below(prefix + (child,), parts_list, init_claims, key))
    return names or [".".join(prefix)]

def main():
    seen = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if not name or normalize(name) in seen:
            continue
        seen[normalize(name)] = dist

    top_levels = {}
    try:
        by_top = metadata.packages_distributions() if hasattr(metadata, "packages_distributions") else {}
    except Exception:
        by_top = {}
    for top, names in by_top.items():
        for name in names:
            if name:
                top_levels.setdefault(normalize(name), set()).add(top)

    parts_of = {}
    init_claims = {}
    for key, dist in seen.items():
        parts_list = relevant_parts(dist)
        parts_of[key] = parts_list
        top_levels.setdefault(key, set()).update(declared_top_level(dist) or inferred_top_level(parts_list))
        for parts in parts_list:
            if len(parts) > 1 and parts[-1].split(".", 1)[0] == "__init__" and module_name(parts[-1]):
                init_claims.setdefault(parts[:-1], set()).add(key)

    distributions = []
    for key, dist in seen.items():
        parts_list = parts_of[key]
        import_names = set()
        directories = set(parts[0] for parts in parts_list if len(parts) > 1)
        for top in top_levels.get(key, ()):
            # setuptools' editable installs add a finder module that nobody imports.
            if not top.isidentifier() or top.startswith("__editable__"):
                continue
            if top in directories:
                import_names.update(owned_below((top,), parts_list, init_claims, key))
            else:
                import_names.add(top)
        distributions.append({
            "name": dist.metadata["Name"],
            "normalized": key,
            "version": dist.version or "",
            "importNames": sorted(import_names),
        })

    stdlib = getattr(sys, "stdlib_module_names", None)
    json.dump({
        "pythonVersion": "%d.%d.%d" % sys.version_info[:3],
        "stdlibModules": sorted(stdlib) if stdlib is not None else None,
        "distributions": distributions,
    }, sys.stdout)
    sys.stdout.write("\n")

main()
`;
function lastLine(text) {
    const lines = text.trim().split('\n');
    return lines[lines.length - 1]?.trim() ?? '';
}
function parseOutput(python, stdout) {
    let parsed;
    try {
        // The report is the last line: anything a sitecustomize printed comes before it.
        parsed = JSON.parse(lastLine(stdout));
    }
    catch {
        throw new InterpreterError(`${python} did not report its packages (unreadable output: "${lastLine(stdout).slice(0, 200)}")`);
    }
    const report = parsed;
    if (typeof report.pythonVersion !== 'string' || !Array.isArray(report.distributions)) {
        throw new InterpreterError(`${python} did not report its packages (unexpected output)`);
    }
    const metadata = {
        pythonVersion: report.pythonVersion,
        distributions: report.distributions,
    };
    if (Array.isArray(report.stdlibModules))
        metadata.stdlibModules = report.stdlibModules;
    return metadata;
}
/**
 * Runs `python` (a command on PATH or a path, e.g. `.venv/bin/python`) to read its version, stdlib module names and
 * installed distributions. Throws `InterpreterError` with a one-line reason when the interpreter is missing, too old
 * (before 3.8) or fails.
 */
function readInterpreterMetadata(python) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)(python, ['-c', SNIPPET], {
            encoding: 'utf8',
            timeout: 120_000,
            maxBuffer: 256 * 1024 * 1024,
            // Keep the user's PYTHONPATH and site-packages (they decide what imports), but not a stray PYTHONSTARTUP.
            env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
        }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code;
                if (code === 'ENOENT') {
                    reject(new InterpreterError(`Python interpreter not found: ${python}`));
                }
                else if (code === 'EACCES') {
                    reject(new InterpreterError(`Python interpreter is not executable: ${python}`));
                }
                else if (error.killed) {
                    reject(new InterpreterError(`${python} did not answer within 120 s while listing its packages`));
                }
                else {
                    const reason = lastLine(stderr) || `exit status ${String(error.code ?? error.signal)}`;
                    reject(new InterpreterError(`${python} failed while listing its packages: ${reason}`));
                }
                return;
            }
            try {
                resolve(parseOutput(python, stdout));
            }
            catch (parseError) {
                reject(parseError);
            }
        });
    });
}

;// CONCATENATED MODULE: ./shared/scan/import-names.ts
// The bundled table of which distribution (the name `pip install` takes) provides which import name, used when the
// project's interpreter is not at hand. Import names are as written in code, dotted below a namespace package
// (`google.cloud.storage`); distribution names are PEP 503-normalised. Where several distributions provide the same
// module (`cv2`), the usual one comes first.
//
// Every entry was checked against one of two kinds of evidence, kept per entry in `evidence`:
// - 'metadata': the top_level.txt / RECORD / installed files of a real build: the wheels in this project's
//   development interpreter (CPython 3.11.7 site-packages), or the Debian 12 `python3-*` packages, whose
//   egg-info/dist-info names the PyPI distribution and whose file list shows the import names;
// - 'docs': the project's own install instructions and import examples, or its repository layout (namespace
//   packages: the `google/cloud/<x>/__init__.py` the wheel is built from).
/** Checked against installed metadata (see the header); the comment names the build. */
const FROM_METADATA = [
    // CPython 3.11.7 site-packages (pip wheels).
    ['attr', 'attrs'],
    ['attrs', 'attrs'],
    ['yaml', 'pyyaml'],
    ['dateutil', 'python-dateutil'],
    ['dotenv', 'python-dotenv'],
    ['cpuinfo', 'py-cpuinfo'],
    ['IPython', 'ipython'],
    ['setuptools', 'setuptools'],
    ['pkg_resources', 'setuptools'],
    ['pytest', 'pytest'],
    // pytest ships a `py.py` shim for the old `py` library it replaced.
    ['py', ['py', 'pytest']],
    ['sympy', 'sympy'],
    ['isympy', 'sympy'],
    ['mpmath', 'mpmath'],
    ['numpy', 'numpy'],
    ['scipy', 'scipy'],
    ['networkx', 'networkx'],
    ['requests', 'requests'],
    ['urllib3', 'urllib3'],
    ['certifi', 'certifi'],
    ['idna', 'idna'],
    ['charset_normalizer', 'charset-normalizer'],
    ['click', 'click'],
    ['cloudpickle', 'cloudpickle'],
    ['colorama', 'colorama'],
    ['cryptography', 'cryptography'],
    ['cffi', 'cffi'],
    ['pycparser', 'pycparser'],
    ['decorator', 'decorator'],
    ['docker', 'docker'],
    ['docutils', 'docutils'],
    ['flask', 'flask'],
    ['flask_cors', 'flask-cors'],
    ['werkzeug', 'werkzeug'],
    ['jinja2', 'jinja2'],
    ['markupsafe', 'markupsafe'],
    ['itsdangerous', 'itsdangerous'],
    ['blinker', 'blinker'],
    ['graphql', 'graphql-core'],
    ['antlr4', 'antlr4-python3-runtime'],
    ['hypothesis', 'hypothesis'],
    ['jedi', 'jedi'],
    ['parso', 'parso'],
    ['jmespath', 'jmespath'],
    ['jsonpatch', 'jsonpatch'],
    ['jsonpointer', 'jsonpointer'],
    ['jsonpath_ng', 'jsonpath-ng'],
    ['jsonschema', 'jsonschema'],
    ['referencing', 'referencing'],
    ['rpds', 'rpds-py'],
    ['moto', 'moto'],
    ['responses', 'responses'],
    ['boto3', 'boto3'],
    ['botocore', 'botocore'],
    ['s3transfer', 's3transfer'],
    ['awscli', 'awscli'],
    ['samtranslator', 'aws-sam-translator'],
    ['cfnlint', 'cfn-lint'],
    ['aws_xray_sdk', 'aws-xray-sdk'],
    ['mypy_extensions', 'mypy-extensions'],
    ['typing_extensions', 'typing-extensions'],
    ['typing_inspect', 'typing-inspect'],
    ['annotated_types', 'annotated-types'],
    ['pydantic', 'pydantic'],
    ['pydantic_core', 'pydantic-core'],
    ['pydantic_settings', 'pydantic-settings'],
    ['orjson', 'orjson'],
    ['packaging', 'packaging'],
    ['pluggy', 'pluggy'],
    ['iniconfig', 'iniconfig'],
    ['pytest_benchmark', 'pytest-benchmark'],
    ['pexpect', 'pexpect'],
    ['ptyprocess', 'ptyprocess'],
    ['prompt_toolkit', 'prompt-toolkit'],
    ['pygments', 'pygments'],
    ['pyparsing', 'pyparsing'],
    ['pyasn1', 'pyasn1'],
    ['rsa', 'rsa'],
    ['regex', 'regex'],
    ['six', 'six'],
    ['sniffio', 'sniffio'],
    ['sortedcontainers', 'sortedcontainers'],
    ['traitlets', 'traitlets'],
    ['matplotlib_inline', 'matplotlib-inline'],
    ['trio', 'trio'],
    ['outcome', 'outcome'],
    ['wcwidth', 'wcwidth'],
    ['wrapt', 'wrapt'],
    ['xmltodict', 'xmltodict'],
    ['libcst', 'libcst'],
    ['asttokens', 'asttokens'],
    ['executing', 'executing'],
    ['pure_eval', 'pure-eval'],
    ['stack_data', 'stack-data'],
    ['lazy_object_proxy', 'lazy-object-proxy'],
    ['joserfc', 'joserfc'],
    ['pip', 'pip'],
    // Debian 12 packages: the python3-* packages and the base system's own (egg-info/dist-info name and file list).
    ['sklearn', 'scikit-learn'],
    ['skimage', 'scikit-image'],
    ['bs4', 'beautifulsoup4'],
    ['PIL', 'pillow'],
    ['google.protobuf', 'protobuf'],
    ['google.auth', 'google-auth'],
    ['google.oauth2', 'google-auth'],
    ['googleapiclient', 'google-api-python-client'],
    ['apiclient', 'google-api-python-client'],
    ['google_auth_oauthlib', 'google-auth-oauthlib'],
    ['grpc', 'grpcio'],
    ['jwt', 'pyjwt'],
    ['OpenSSL', 'pyopenssl'],
    ['serial', 'pyserial'],
    ['usb', 'pyusb'],
    ['git', 'gitpython'],
    ['github', 'pygithub'],
    ['gitlab', 'python-gitlab'],
    ['jenkins', 'python-jenkins'],
    ['zmq', 'pyzmq'],
    ['MySQLdb', 'mysqlclient'],
    ['pymysql', 'pymysql'],
    ['Cryptodome', 'pycryptodomex'],
    ['nacl', 'pynacl'],
    ['socks', 'pysocks'],
    ['sockshandler', 'pysocks'],
    ['cairo', 'pycairo'],
    ['gi', 'pygobject'],
    ['dbus', 'dbus-python'],
    ['docx', 'python-docx'],
    ['slugify', 'python-slugify'],
    ['multipart', 'python-multipart'],
    ['jose', 'python-jose'],
    ['ldap', 'python-ldap'],
    ['ldapurl', 'python-ldap'],
    ['ldif', 'python-ldap'],
    ['memcache', 'python-memcached'],
    ['dns', 'dnspython'],
    ['magic', 'python-magic'],
    ['pywt', 'pywavelets'],
    ['websocket', 'websocket-client'],
    ['websockets', 'websockets'],
    ['socketio', 'python-socketio'],
    ['engineio', 'python-engineio'],
    ['Xlib', 'python-xlib'],
    ['snappy', 'python-snappy'],
    ['pdfminer', 'pdfminer-six'],
    ['PyPDF2', 'pypdf2'],
    ['discord', 'discord-py'],
    ['Bio', 'biopython'],
    ['BioSQL', 'biopython'],
    ['unidecode', 'unidecode'],
    ['matplotlib', 'matplotlib'],
    ['pylab', 'matplotlib'],
    ['pymongo', 'pymongo'],
    ['bson', 'pymongo'],
    ['gridfs', 'pymongo'],
    ['kafka', 'kafka-python'],
    ['absl', 'absl-py'],
    ['gflags', 'python-gflags'],
    ['wx', 'wxpython'],
    ['factory', 'factory-boy'],
    ['netCDF4', 'netcdf4'],
    ['tables', 'tables'],
    ['ruamel.yaml', 'ruamel-yaml'],
    ['zope.interface', 'zope-interface'],
    ['paho.mqtt', 'paho-mqtt'],
    ['pydicom', 'pydicom'],
    ['nibabel', 'nibabel'],
    ['soundfile', 'soundfile'],
    ['omegaconf', 'omegaconf'],
    ['pytz', 'pytz'],
    ['lxml', 'lxml'],
    ['sentry_sdk', 'sentry-sdk'],
    ['prometheus_client', 'prometheus-client'],
    ['PyQt5', 'pyqt5'],
    ['pyasn1_modules', 'pyasn1-modules'],
    ['requests_oauthlib', 'requests-oauthlib'],
    ['oauthlib', 'oauthlib'],
    ['httplib2', 'httplib2'],
    ['uritemplate', 'uritemplate'],
    ['brotli', 'brotli'],
    ['lz4', 'lz4'],
    ['zstandard', 'zstandard'],
    ['importlib_metadata', 'importlib-metadata'],
    ['more_itertools', 'more-itertools'],
    ['deprecated', 'deprecated'],
    ['kubernetes', 'kubernetes'],
    ['paramiko', 'paramiko'],
    ['pika', 'pika'],
    ['celery', 'celery'],
    ['kombu', 'kombu'],
    ['toolz', 'toolz'],
    ['tlz', 'toolz'],
    ['dask', 'dask'],
    ['distributed', 'distributed'],
    ['numba', 'numba'],
    ['llvmlite', 'llvmlite'],
    ['statsmodels', 'statsmodels'],
    ['seaborn', 'seaborn'],
    ['plotly', 'plotly'],
    ['nltk', 'nltk'],
    ['gensim', 'gensim'],
    ['tqdm', 'tqdm'],
    ['joblib', 'joblib'],
    ['xgboost', 'xgboost'],
    ['imblearn', 'imbalanced-learn'],
    ['h5netcdf', 'h5netcdf'],
    ['xarray', 'xarray'],
    ['zarr', 'zarr'],
    ['imageio', 'imageio'],
    ['tifffile', 'tifffile'],
    ['pooch', 'pooch'],
    ['requests_mock', 'requests-mock'],
    ['freezegun', 'freezegun'],
    ['mock', 'mock'],
    ['pandas', 'pandas'],
    ['toml', 'toml'],
    ['distro', 'distro'],
];
/** Checked against each project's install instructions and import examples, or its repository layout. */
const FROM_DOCS = [
    // Deep learning frameworks and their ecosystems.
    ['torch', 'torch'],
    ['torchvision', 'torchvision'],
    ['torchaudio', 'torchaudio'],
    ['torchtext', 'torchtext'],
    ['torchdata', 'torchdata'],
    ['torchmetrics', 'torchmetrics'],
    ['pytorch_lightning', 'pytorch-lightning'],
    ['lightning', 'lightning'],
    ['lightning_fabric', 'lightning-fabric'],
    ['torch_geometric', 'torch-geometric'],
    ['timm', 'timm'],
    ['accelerate', 'accelerate'],
    ['peft', 'peft'],
    ['trl', 'trl'],
    ['bitsandbytes', 'bitsandbytes'],
    ['deepspeed', 'deepspeed'],
    ['xformers', 'xformers'],
    ['flash_attn', 'flash-attn'],
    ['triton', 'triton'],
    ['tensorflow', ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'tf-nightly']],
    ['keras', 'keras'],
    ['tf_keras', 'tf-keras'],
    ['tensorboard', 'tensorboard'],
    ['tensorboardX', 'tensorboardx'],
    ['tensorflow_hub', 'tensorflow-hub'],
    ['tensorflow_datasets', 'tensorflow-datasets'],
    ['tensorflow_probability', 'tensorflow-probability'],
    ['tensorflow_addons', 'tensorflow-addons'],
    ['tensorflow_text', 'tensorflow-text'],
    ['tflite_runtime', 'tflite-runtime'],
    ['jax', 'jax'],
    ['jaxlib', 'jaxlib'],
    ['flax', 'flax'],
    ['optax', 'optax'],
    ['chex', 'chex'],
    ['orbax.checkpoint', 'orbax-checkpoint'],
    ['equinox', 'equinox'],
    ['haiku', 'dm-haiku'],
    ['tree', 'dm-tree'],
    ['paddle', ['paddlepaddle', 'paddlepaddle-gpu']],
    ['mxnet', 'mxnet'],
    ['einops', 'einops'],
    ['cupy', ['cupy', 'cupy-cuda12x', 'cupy-cuda11x']],
    ['pynvml', ['nvidia-ml-py', 'pynvml']],
    ['GPUtil', 'gputil'],
    // Model formats and serving.
    ['onnx', 'onnx'],
    ['onnxruntime', ['onnxruntime', 'onnxruntime-gpu']],
    ['skl2onnx', 'skl2onnx'],
    ['tf2onnx', 'tf2onnx'],
    ['onnxmltools', 'onnxmltools'],
    ['openvino', 'openvino'],
    ['tensorrt', 'tensorrt'],
    ['coremltools', 'coremltools'],
    ['bentoml', 'bentoml'],
    // Classical ML, tuning, explainability.
    ['lightgbm', 'lightgbm'],
    ['catboost', 'catboost'],
    ['skopt', 'scikit-optimize'],
    ['category_encoders', 'category-encoders'],
    ['optuna', 'optuna'],
    ['hyperopt', 'hyperopt'],
    ['shap', 'shap'],
    ['lime', 'lime'],
    ['umap', 'umap-learn'],
    ['hdbscan', 'hdbscan'],
    ['faiss', ['faiss-cpu', 'faiss-gpu']],
    ['annoy', 'annoy'],
    ['hnswlib', 'hnswlib'],
    // Experiment tracking, pipelines, data quality.
    ['mlflow', ['mlflow', 'mlflow-skinny']],
    ['wandb', 'wandb'],
    ['comet_ml', 'comet-ml'],
    ['neptune', ['neptune', 'neptune-client']],
    ['clearml', 'clearml'],
    ['ray', 'ray'],
    ['dvc', 'dvc'],
    ['airflow', 'apache-airflow'],
    ['prefect', 'prefect'],
    ['dagster', 'dagster'],
    ['kedro', 'kedro'],
    ['metaflow', 'metaflow'],
    ['great_expectations', 'great-expectations'],
    ['pandera', 'pandera'],
    ['hydra', 'hydra-core'],
    // NLP, LLMs and vector stores.
    ['transformers', 'transformers'],
    ['tokenizers', 'tokenizers'],
    ['datasets', 'datasets'],
    ['evaluate', 'evaluate'],
    ['diffusers', 'diffusers'],
    ['safetensors', 'safetensors'],
    ['huggingface_hub', 'huggingface-hub'],
    ['sentence_transformers', 'sentence-transformers'],
    ['sentencepiece', 'sentencepiece'],
    ['tiktoken', 'tiktoken'],
    ['openai', 'openai'],
    ['anthropic', 'anthropic'],
    ['litellm', 'litellm'],
    ['vllm', 'vllm'],
    ['optimum', 'optimum'],
    ['auto_gptq', 'auto-gptq'],
    ['awq', 'autoawq'],
    ['llama_cpp', 'llama-cpp-python'],
    ['langchain', 'langchain'],
    ['langchain_core', 'langchain-core'],
    ['langchain_community', 'langchain-community'],
    ['langchain_openai', 'langchain-openai'],
    ['langchain_text_splitters', 'langchain-text-splitters'],
    ['langgraph', 'langgraph'],
    ['llama_index', 'llama-index'],
    ['llama_index.core', 'llama-index-core'],
    ['chromadb', 'chromadb'],
    ['pinecone', ['pinecone', 'pinecone-client']],
    ['weaviate', 'weaviate-client'],
    ['qdrant_client', 'qdrant-client'],
    ['spacy', 'spacy'],
    ['textblob', 'textblob'],
    ['jieba', 'jieba'],
    ['Levenshtein', ['levenshtein', 'python-levenshtein']],
    ['rapidfuzz', 'rapidfuzz'],
    ['thefuzz', 'thefuzz'],
    ['fuzzywuzzy', 'fuzzywuzzy'],
    ['langdetect', 'langdetect'],
    ['emoji', 'emoji'],
    ['ftfy', 'ftfy'],
    // Vision, audio, science.
    ['cv2', ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python', 'opencv-contrib-python-headless']],
    ['h5py', 'h5py'],
    ['albumentations', 'albumentations'],
    ['imgaug', 'imgaug'],
    ['kornia', 'kornia'],
    ['ultralytics', 'ultralytics'],
    ['mmcv', ['mmcv', 'mmcv-full']],
    ['mmdet', 'mmdet'],
    ['pycocotools', 'pycocotools'],
    ['open3d', 'open3d'],
    ['trimesh', 'trimesh'],
    ['SimpleITK', 'simpleitk'],
    ['librosa', 'librosa'],
    ['pydub', 'pydub'],
    ['sounddevice', 'sounddevice'],
    ['moviepy', 'moviepy'],
    ['ffmpeg', 'ffmpeg-python'],
    ['whisper', 'openai-whisper'],
    ['speech_recognition', 'speechrecognition'],
    ['gtts', 'gtts'],
    ['pyttsx3', 'pyttsx3'],
    ['rdkit', 'rdkit'],
    ['gym', 'gym'],
    ['gymnasium', 'gymnasium'],
    ['stable_baselines3', 'stable-baselines3'],
    ['mujoco', 'mujoco'],
    ['osgeo', 'gdal'],
    ['shapely', 'shapely'],
    ['fiona', 'fiona'],
    ['pyproj', 'pyproj'],
    ['rasterio', 'rasterio'],
    ['geopandas', 'geopandas'],
    ['folium', 'folium'],
    ['numexpr', 'numexpr'],
    ['bottleneck', 'bottleneck'],
    // Matplotlib's toolkits are a namespace package that Basemap adds to.
    ['mpl_toolkits.mplot3d', 'matplotlib'],
    ['mpl_toolkits.axes_grid1', 'matplotlib'],
    ['mpl_toolkits.axisartist', 'matplotlib'],
    ['mpl_toolkits.basemap', 'basemap'],
    // Dataframes, storage, big data.
    ['polars', 'polars'],
    ['pyarrow', 'pyarrow'],
    ['fastparquet', 'fastparquet'],
    ['duckdb', 'duckdb'],
    ['pyspark', 'pyspark'],
    ['findspark', 'findspark'],
    ['py4j', 'py4j'],
    ['delta', 'delta-spark'],
    ['apache_beam', 'apache-beam'],
    ['fsspec', 'fsspec'],
    ['s3fs', 's3fs'],
    ['gcsfs', 'gcsfs'],
    ['adlfs', 'adlfs'],
    ['smart_open', 'smart-open'],
    ['openpyxl', 'openpyxl'],
    ['xlrd', 'xlrd'],
    ['xlsxwriter', 'xlsxwriter'],
    ['pypdf', 'pypdf'],
    ['pdfplumber', 'pdfplumber'],
    ['fitz', 'pymupdf'],
    ['pymupdf', 'pymupdf'],
    ['reportlab', 'reportlab'],
    ['pptx', 'python-pptx'],
    ['markdown', 'markdown'],
    ['html5lib', 'html5lib'],
    ['msgpack', 'msgpack'],
    ['ujson', 'ujson'],
    ['simplejson', 'simplejson'],
    ['dill', 'dill'],
    // Databases and queues.
    ['sqlalchemy', 'sqlalchemy'],
    ['alembic', 'alembic'],
    ['psycopg2', ['psycopg2', 'psycopg2-binary']],
    ['psycopg', 'psycopg'],
    ['asyncpg', 'asyncpg'],
    ['pyodbc', 'pyodbc'],
    ['oracledb', 'oracledb'],
    ['cx_Oracle', 'cx-oracle'],
    ['redis', 'redis'],
    ['motor', 'motor'],
    ['elasticsearch', 'elasticsearch'],
    ['opensearchpy', 'opensearch-py'],
    ['cassandra', 'cassandra-driver'],
    ['neo4j', 'neo4j'],
    ['confluent_kafka', 'confluent-kafka'],
    // Web, APIs, configuration.
    ['django', 'django'],
    ['rest_framework', 'djangorestframework'],
    ['corsheaders', 'django-cors-headers'],
    ['environ', 'django-environ'],
    ['fastapi', 'fastapi'],
    ['starlette', 'starlette'],
    ['uvicorn', 'uvicorn'],
    ['gunicorn', 'gunicorn'],
    ['httpx', 'httpx'],
    ['aiohttp', 'aiohttp'],
    ['python_multipart', 'python-multipart'],
    ['gradio', 'gradio'],
    ['streamlit', 'streamlit'],
    ['dash', 'dash'],
    ['bokeh', 'bokeh'],
    ['altair', 'altair'],
    ['panel', 'panel'],
    ['holoviews', 'holoviews'],
    ['ipywidgets', 'ipywidgets'],
    ['ipykernel', 'ipykernel'],
    ['nbformat', 'nbformat'],
    ['nbconvert', 'nbconvert'],
    ['papermill', 'papermill'],
    ['scrapy', 'scrapy'],
    ['selenium', 'selenium'],
    ['playwright', 'playwright'],
    ['telegram', 'python-telegram-bot'],
    ['slack_sdk', 'slack-sdk'],
    ['tweepy', 'tweepy'],
    ['kaggle', 'kaggle'],
    ['box', 'python-box'],
    ['decouple', 'python-decouple'],
    ['Crypto', ['pycryptodome', 'pycrypto']],
    ['bcrypt', 'bcrypt'],
    ['passlib', 'passlib'],
    ['msal', 'msal'],
    ['grpc_tools', 'grpcio-tools'],
    ['grpc_status', 'grpcio-status'],
    ['google_auth_httplib2', 'google-auth-httplib2'],
    // Cloud SDKs in namespace packages: each distribution owns one subpackage.
    ['google.api_core', 'google-api-core'],
    ['google.api', 'googleapis-common-protos'],
    ['google.rpc', 'googleapis-common-protos'],
    ['google.type', 'googleapis-common-protos'],
    ['google.longrunning', 'googleapis-common-protos'],
    ['google.cloud.client', 'google-cloud-core'],
    ['google.cloud.exceptions', 'google-cloud-core'],
    ['google.cloud.storage', 'google-cloud-storage'],
    ['google.cloud.bigquery', 'google-cloud-bigquery'],
    ['google.cloud.bigquery_storage', 'google-cloud-bigquery-storage'],
    ['google.cloud.pubsub', 'google-cloud-pubsub'],
    ['google.cloud.pubsub_v1', 'google-cloud-pubsub'],
    ['google.cloud.aiplatform', 'google-cloud-aiplatform'],
    ['vertexai', 'google-cloud-aiplatform'],
    ['google.cloud.secretmanager', 'google-cloud-secret-manager'],
    ['google.cloud.logging', 'google-cloud-logging'],
    ['google.cloud.firestore', 'google-cloud-firestore'],
    ['google.cloud.kms', 'google-cloud-kms'],
    ['google.cloud.speech', 'google-cloud-speech'],
    ['google.cloud.vision', 'google-cloud-vision'],
    ['google.cloud.translate', 'google-cloud-translate'],
    ['google.cloud.texttospeech', 'google-cloud-texttospeech'],
    ['google.cloud.language', 'google-cloud-language'],
    ['google.cloud.tasks', 'google-cloud-tasks'],
    ['google.cloud.monitoring', 'google-cloud-monitoring'],
    ['google.cloud.bigtable', 'google-cloud-bigtable'],
    ['google.cloud.spanner', 'google-cloud-spanner'],
    ['google.genai', 'google-genai'],
    ['google.generativeai', 'google-generativeai'],
    ['azure.core', 'azure-core'],
    ['azure.identity', 'azure-identity'],
    ['azure.storage.blob', 'azure-storage-blob'],
    ['azure.keyvault.secrets', 'azure-keyvault-secrets'],
    ['azure.cosmos', 'azure-cosmos'],
    ['azure.ai.ml', 'azure-ai-ml'],
    ['snowflake.connector', 'snowflake-connector-python'],
    ['snowflake.snowpark', 'snowflake-snowpark-python'],
    ['databricks.sql', 'databricks-sql-connector'],
    ['databricks.sdk', 'databricks-sdk'],
    ['opentelemetry.trace', 'opentelemetry-api'],
    ['opentelemetry.metrics', 'opentelemetry-api'],
    ['opentelemetry.context', 'opentelemetry-api'],
    ['opentelemetry.propagate', 'opentelemetry-api'],
    ['opentelemetry.baggage', 'opentelemetry-api'],
    ['opentelemetry.sdk', 'opentelemetry-sdk'],
    // Tooling and utilities.
    ['typer', 'typer'],
    ['rich', 'rich'],
    ['fire', 'fire'],
    ['tabulate', 'tabulate'],
    ['termcolor', 'termcolor'],
    ['loguru', 'loguru'],
    ['structlog', 'structlog'],
    ['marshmallow', 'marshmallow'],
    ['cattrs', 'cattrs'],
    ['tenacity', 'tenacity'],
    ['backoff', 'backoff'],
    ['cachetools', 'cachetools'],
    ['diskcache', 'diskcache'],
    ['filelock', 'filelock'],
    ['platformdirs', 'platformdirs'],
    ['psutil', 'psutil'],
    ['tzdata', 'tzdata'],
    ['tzlocal', 'tzlocal'],
    ['arrow', 'arrow'],
    ['pendulum', 'pendulum'],
    ['humanize', 'humanize'],
    ['babel', 'babel'],
    ['tomli', 'tomli'],
    ['tomlkit', 'tomlkit'],
    ['anyio', 'anyio'],
    ['h11', 'h11'],
    ['httpcore', 'httpcore'],
    ['uvloop', 'uvloop'],
    ['nest_asyncio', 'nest-asyncio'],
    ['faker', 'faker'],
    ['pytest_cov', 'pytest-cov'],
    ['pytest_mock', 'pytest-mock'],
    ['pytest_asyncio', 'pytest-asyncio'],
    ['coverage', 'coverage'],
    ['black', 'black'],
    ['isort', 'isort'],
    ['mypy', 'mypy'],
    ['pylint', 'pylint'],
    ['flake8', 'flake8'],
    ['virtualenv', 'virtualenv'],
    ['wheel', 'wheel'],
    ['Cython', 'cython'],
    ['cython', 'cython'],
    ['pyximport', 'cython'],
    ['pybind11', 'pybind11'],
    ['win32api', 'pywin32'],
    ['win32con', 'pywin32'],
    ['pythoncom', 'pywin32'],
    ['pywintypes', 'pywin32'],
    ['RPi.GPIO', 'rpi-gpio'],
    ['pygame', 'pygame'],
    ['PyQt6', 'pyqt6'],
    ['PySide6', 'pyside6'],
];
/** PEP 503: lower-case, and every run of `-`, `_`, `.` becomes one `-`. */
function normalizeDistributionName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
function buildTable() {
    const table = new Map();
    const add = (rows, evidence) => {
        for (const [importName, distributions] of rows) {
            const list = typeof distributions === 'string' ? [distributions] : distributions;
            table.set(importName, { distributions: list, evidence });
        }
    };
    add(FROM_METADATA, 'metadata');
    add(FROM_DOCS, 'docs');
    return table;
}
/** Import name → the distributions that provide it. */
const IMPORT_NAME_TABLE = buildTable();
/** Every row as written, duplicates included, so tests can check the table for them. */
const IMPORT_NAME_ROWS = [...FROM_METADATA, ...FROM_DOCS];
function buildReverse() {
    const reverse = new Map();
    for (const [importName, { distributions }] of IMPORT_NAME_TABLE) {
        for (const distribution of distributions) {
            const names = reverse.get(distribution) ?? [];
            names.push(importName);
            reverse.set(distribution, names);
        }
    }
    return reverse;
}
const REVERSE = buildReverse();
/** The import names the table knows for a distribution (any spelling of its name); empty when it has none. */
function tableImportNames(distribution) {
    return REVERSE.get(normalizeDistributionName(distribution)) ?? [];
}

;// CONCATENATED MODULE: ./shared/scan/resolve-distribution.ts
// Which distribution an imported module comes from, and the reverse, drawing on (in order) the user's overrides, the
// project's interpreter, the bundled table, and finally the assumption that a package is named after its module.
//
// Results list alternatives: installing any one of `distributions` makes the import work (`cv2` comes with
// opencv-python or opencv-python-headless). A bare namespace (`google.cloud` from `from google.cloud import storage`)
// lists every distribution known to provide something under it, for the same reason. Distribution names are
// PEP 503-normalised; import names are compared case-sensitively, as Python does.

// The indexes are derived data: built once per sources object, which callers reuse across a scan.
const interpreterIndexes = new WeakMap();
const overrideIndexes = new WeakMap();
const tableIndex = new Map([...IMPORT_NAME_TABLE].map(([importName, entry]) => [importName, entry.distributions]));
function addTo(index, importName, distribution) {
    const distributions = index.get(importName) ?? [];
    if (!distributions.includes(distribution))
        distributions.push(distribution);
    index.set(importName, distributions);
}
function interpreterIndex(interpreter) {
    let index = interpreterIndexes.get(interpreter);
    if (!index) {
        const built = new Map();
        for (const distribution of interpreter.distributions) {
            for (const importName of distribution.importNames)
                addTo(built, importName, distribution.normalized);
        }
        index = built;
        interpreterIndexes.set(interpreter, index);
    }
    return index;
}
function overrideIndex(overrides) {
    let index = overrideIndexes.get(overrides);
    if (!index) {
        const built = new Map();
        for (const [importName, value] of Object.entries(overrides)) {
            for (const distribution of typeof value === 'string' ? [value] : value) {
                addTo(built, importName.trim(), normalizeDistributionName(distribution.trim()));
            }
        }
        index = built;
        overrideIndexes.set(overrides, index);
    }
    return index;
}
/** `a.b.c` → `a.b.c`, `a.b`, `a`. */
function prefixesLongestFirst(module) {
    const parts = module.split('.');
    return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}
/** The longest import name in `index` that is the module or a dotted prefix of it. */
function longestPrefixMatch(index, module) {
    for (const prefix of prefixesLongestFirst(module)) {
        const distributions = index.get(prefix);
        if (distributions)
            return { importName: prefix, distributions };
    }
    return undefined;
}
/** When `module` is a namespace in `index` (only names below it are known), every distribution under it. */
function namespaceMembers(index, module) {
    const members = [];
    const below = `${module}.`;
    for (const [importName, distributions] of index) {
        if (!importName.startsWith(below))
            continue;
        for (const distribution of distributions)
            if (!members.includes(distribution))
                members.push(distribution);
    }
    return members;
}
function lookup(index, module) {
    const match = longestPrefixMatch(index, module);
    if (match)
        return [...match.distributions];
    const members = namespaceMembers(index, module);
    return members.length > 0 ? members : undefined;
}
/**
 * The interpreter's answer. Distributions installed without a file list (old egg-info) only say they provide a
 * shared top-level such as `google`; then the table's more specific entry picks among them.
 */
function lookupInterpreter(index, module) {
    const match = longestPrefixMatch(index, module);
    if (!match) {
        const members = namespaceMembers(index, module);
        return members.length > 0 ? members : undefined;
    }
    if (match.distributions.length > 1) {
        const specific = longestPrefixMatch(tableIndex, module);
        if (specific && specific.importName.length > match.importName.length) {
            const narrowed = match.distributions.filter((d) => specific.distributions.includes(d));
            if (narrowed.length > 0)
                return narrowed;
        }
    }
    return [...match.distributions];
}
/** The deepest dotted prefix of `module` that some source knows only as a namespace (`google.cloud`). */
function deepestKnownNamespace(module, indexes) {
    for (const prefix of prefixesLongestFirst(module).slice(1)) {
        if (indexes.some((index) => namespaceMembers(index, prefix).length > 0))
            return prefix;
    }
    return undefined;
}
/**
 * The distribution(s) that provide `module` (dotted, as imported). Precedence: user overrides, the interpreter's
 * metadata, the bundled table (for all three, the longest matching dotted prefix wins, so `google.cloud.storage`
 * beats `google`), then a guess that the distribution is named after the module. Under a known namespace the guess
 * keeps one level below it (`google.cloud.foo.bar` → `google-cloud-foo`), the convention of namespace distributions.
 */
function resolveDistribution(module, sources) {
    const overrides = sources.overrides ? overrideIndex(sources.overrides) : undefined;
    const fromOverride = overrides && lookup(overrides, module);
    if (fromOverride)
        return { distributions: fromOverride, source: 'override' };
    const interpreter = sources.interpreter ? interpreterIndex(sources.interpreter) : undefined;
    const fromInterpreter = interpreter && lookupInterpreter(interpreter, module);
    if (fromInterpreter)
        return { distributions: fromInterpreter, source: 'interpreter' };
    const fromTable = lookup(tableIndex, module);
    if (fromTable)
        return { distributions: fromTable, source: 'table' };
    const known = [overrides, interpreter, tableIndex].filter((index) => index !== undefined);
    const namespace = deepestKnownNamespace(module, known);
    const guessed = namespace ? module.split('.').slice(0, namespace.split('.').length + 1).join('.') : module.split('.')[0];
    return { distributions: [normalizeDistributionName(guessed)], source: 'guess' };
}
function reverseLookup(index, distribution) {
    const importNames = [];
    for (const [importName, distributions] of index) {
        if (distributions.includes(distribution))
            importNames.push(importName);
    }
    return importNames;
}
/**
 * The import names a distribution provides (for "declared but never imported"), with the same precedence as
 * `resolveDistribution`, and where they came from. An import of `m` uses the distribution when one of these names is
 * `m` or a dotted prefix of it. The guess is the normalised name with `-` → `_` (`my-package` → `my_package`).
 */
function resolveImportNames(distribution, sources) {
    const normalized = normalizeDistributionName(distribution);
    if (sources.overrides) {
        const fromOverride = reverseLookup(overrideIndex(sources.overrides), normalized);
        if (fromOverride.length > 0)
            return { importNames: fromOverride, source: 'override' };
    }
    const installed = sources.interpreter?.distributions.find((d) => d.normalized === normalized);
    if (installed && installed.importNames.length > 0) {
        return { importNames: [...installed.importNames], source: 'interpreter' };
    }
    const fromTable = reverseLookup(tableIndex, normalized);
    if (fromTable.length > 0)
        return { importNames: fromTable, source: 'table' };
    return { importNames: [normalized.replace(/-/g, '_')], source: 'guess' };
}
/** `resolveImportNames` without the source. */
function importNamesOfDistribution(distribution, sources) {
    return resolveImportNames(distribution, sources).importNames;
}

;// CONCATENATED MODULE: ./shared/drift/classify-imports.ts
// Sorts every absolute import into standard library, first-party or third-party, and maps third-party imports to
// the distributions that provide them.
function classifyImports(files, context) {
    const thirdParty = [];
    const pipInstalls = [];
    let importCount = 0;
    for (const file of files) {
        for (const record of file.imports) {
            importCount++;
            if (record.level > 0 || !record.module)
                continue; // relative imports are the project's own
            if (context.isStdlib(record.module) || context.firstParty.has(record.module, file.path))
                continue;
            thirdParty.push({
                module: record.module,
                dotted: record.dotted,
                location: { file: file.path, line: record.line },
                resolution: context.resolve(record.dotted),
            });
        }
        for (const evidence of file.pipInstalls)
            pipInstalls.push({ packages: evidence.packages, location: { file: file.path, line: evidence.line } });
    }
    return { thirdParty, pipInstalls, importCount };
}

;// CONCATENATED MODULE: ./shared/drift/never-imported.ts
// Distributions people declare on purpose although no code imports them: test runners, formatters, notebook servers,
// build tools, command-line servers, stub packages, and engines that libraries load by name (pandas' Excel and
// Parquet engines, MLflow's conda.yaml pins). They are never reported as unused.
const exact = new Set([
    'pip', 'setuptools', 'wheel', 'build', 'twine', 'poetry', 'poetry-core', 'pip-tools', 'uv', 'hatch', 'hatchling', 'flit', 'flit-core',
    'setuptools-scm', 'cython', 'pybind11', 'scikit-build', 'scikit-build-core', 'meson-python', 'pdm', 'pdm-backend', 'maturin',
    'pytest', 'coverage', 'tox', 'nox', 'hypothesis', 'nbval', 'nbmake',
    'black', 'ruff', 'flake8', 'pylint', 'mypy', 'isort', 'autopep8', 'yapf', 'pre-commit', 'bandit', 'pyright', 'codespell', 'pydocstyle',
    'jupyter', 'jupyterlab', 'notebook', 'nbclassic', 'ipykernel', 'ipython', 'ipywidgets', 'widgetsnbextension', 'jupyterlab-widgets',
    'nbconvert', 'nbformat', 'jupytext', 'papermill', 'voila', 'nb-conda-kernels',
    'sphinx', 'mkdocs', 'mkdocs-material', 'furo', 'myst-parser',
    'gunicorn', 'uvicorn', 'waitress', 'supervisor',
    'tensorboard', 'mlflow-skinny', 'dvc', 'cloudpickle',
    'openpyxl', 'xlrd', 'xlsxwriter', 'odfpy', 'pyarrow', 'fastparquet', 'tables', 'lxml', 'html5lib',
]);
const prefixes = ['pytest-', 'flake8-', 'types-', 'sphinx-', 'sphinxcontrib-', 'mkdocs-', 'jupyterlab-', 'nvidia-', 'mypy-'];
const suffixes = ['-stubs'];
function neverImported(normalizedName) {
    return exact.has(normalizedName) || prefixes.some((p) => normalizedName.startsWith(p)) || suffixes.some((s) => normalizedName.endsWith(s));
}

;// CONCATENATED MODULE: ./shared/drift/compare-declarations.ts
// The heart of drift: imports that no packaging file declares, and declarations that no code imports.

const byLocation = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
/** Does `dotted` (e.g. `google.cloud.storage`) fall under an import name (`google.cloud`)? */
const under = (dotted, name) => dotted === name || dotted.startsWith(name + '.');
function findUndeclared(imports, dependencies, context) {
    const declared = dependencies.filter((d) => !d.constraintOnly);
    const declaredNames = new Set(declared.map((d) => context.pypiName(d)));
    const declaredImportNames = [...new Set([...declaredNames].flatMap((n) => context.importNamesOf(n)))];
    const byModule = new Map();
    for (const imp of imports.thirdParty) {
        if (context.ignoreUndeclared.includes(imp.module))
            continue;
        if (imp.resolution.distributions.some((d) => declaredNames.has(d)))
            continue;
        if (declaredImportNames.some((name) => under(imp.dotted, name)))
            continue;
        byModule.set(imp.module, [...(byModule.get(imp.module) ?? []), imp]);
    }
    const found = [];
    for (const [module, sites] of byModule) {
        // The most specific resolution wins (a namespace package's dotted prefix over the bare top-level name).
        const best = sites.find((s) => s.resolution.source !== 'guess') ?? sites[0];
        const pipInstalls = imports.pipInstalls
            .filter((p) => p.packages.some((pkg) => best.resolution.distributions.includes(pkg.toLowerCase().replace(/[-_.]+/g, '-'))))
            .map((p) => p.location);
        found.push({
            module,
            distributions: best.resolution.distributions,
            source: best.resolution.source,
            locations: sites.map((s) => s.location).sort(byLocation),
            pipInstalls,
        });
    }
    return found.sort((a, b) => b.locations.length - a.locations.length || (a.module < b.module ? -1 : 1));
}
function findUnused(imports, dependencies, context) {
    const importedDistributions = new Set(imports.thirdParty.flatMap((i) => i.resolution.distributions));
    const importedDotted = [...new Set(imports.thirdParty.map((i) => i.dotted))];
    const byName = new Map();
    for (const d of dependencies) {
        if (d.constraintOnly || d.group === 'build' || d.editable || context.isNonPython(d))
            continue;
        const name = context.pypiName(d);
        if (neverImported(name) || context.ignoreUnused.includes(name) || context.ignoreUnused.includes(d.normalized))
            continue;
        const entry = byName.get(name);
        if (entry) {
            entry.declarations.push({ file: d.file, line: d.line });
            continue;
        }
        const importNames = context.importNamesOf(name);
        const used = importedDistributions.has(name) || importNames.some((n) => importedDotted.some((dotted) => under(dotted, n)));
        if (!used)
            byName.set(name, { dependency: d, declarations: [{ file: d.file, line: d.line }], importNames });
    }
    return [...byName.entries()]
        .map(([name, { dependency, declarations, importNames }]) => ({
        name: dependency.name,
        normalized: name,
        ecosystem: dependency.ecosystem,
        declarations: declarations.sort(byLocation),
        importNames,
    }))
        .sort((a, b) => (a.normalized < b.normalized ? -1 : 1));
}

;// CONCATENATED MODULE: ./shared/drift/find-conflicts.ts
// Declarations of one package (or of Python) that no single version can satisfy, across files or within one:
// PEP 440 semantics for PyPI names, conda's MatchSpec semantics for conda names (`pytorch=2.0` means 2.0.*).
function compatible(a, b, context) {
    return a.alternatives.some((x) => b.alternatives.some((y) => context.intersect(x, y) !== false));
}
function conflictsAmong(name, candidates, context, what) {
    const involved = new Set();
    const pairs = [];
    for (let i = 0; i < candidates.length; i++) {
        for (let j = i + 1; j < candidates.length; j++) {
            const [a, b] = [candidates[i], candidates[j]];
            if (compatible(a, b, context))
                continue;
            involved.add(a).add(b);
            if (pairs.length < 3)
                pairs.push(`${show(a.declaration)} and ${show(b.declaration)}`);
        }
    }
    if (!involved.size)
        return undefined;
    return {
        name,
        declarations: candidates.filter((c) => involved.has(c)).map((c) => c.declaration),
        message: `${what}${pairs.join('; ')} admit no common version`,
    };
}
const show = (d) => `${d.name}${d.specifier.match(/^[\d]/) ? '=' : ''}${d.specifier} (${d.file}:${d.line})`;
function findConflicts(files, context) {
    const byName = new Map();
    for (const file of files) {
        for (const d of file.dependencies) {
            // Markers and direct URLs can make two declarations apply to different machines or bypass versions.
            if (!d.specifier || d.marker || d.url)
                continue;
            const name = context.pypiName(d);
            const candidate = {
                declaration: { file: d.file, line: d.line, name: d.name, ecosystem: d.ecosystem, specifier: d.specifier },
                alternatives: context.pep440Alternatives(d.specifier, d.ecosystem),
            };
            byName.set(name, [...(byName.get(name) ?? []), candidate]);
        }
    }
    const conflicts = [];
    for (const [name, candidates] of byName) {
        if (candidates.length < 2)
            continue;
        const conflict = conflictsAmong(name, candidates, context, '');
        if (conflict)
            conflicts.push(conflict);
    }
    const pythons = files
        .filter((f) => f.python)
        .map((f) => {
        const p = f.python;
        const ecosystem = f.kind === 'conda' ? 'conda' : 'pypi';
        return {
            declaration: { file: p.file, line: p.line, name: 'python', ecosystem, specifier: p.specifier },
            alternatives: ecosystem === 'conda' ? context.pep440Alternatives(p.specifier, 'conda') : [find_conflicts_pythonSpecifier(p.specifier)],
        };
    });
    const python = conflictsAmong('python', pythons, context, 'Python versions ');
    if (python)
        conflicts.push(python);
    return conflicts.sort((a, b) => (a.name < b.name ? -1 : 1));
}
/** runtime.txt / .python-version hold bare versions: `3.11` means any 3.11.x, `3.11.4` exactly that. */
function find_conflicts_pythonSpecifier(specifier) {
    const bare = /^\d+(\.\d+)*$/.exec(specifier.trim());
    if (!bare)
        return specifier;
    return specifier.split('.').length < 3 ? `==${specifier.trim()}.*` : `==${specifier.trim()}`;
}

;// CONCATENATED MODULE: ./shared/drift/find-out-of-sync.ts
// Packaging files that each describe the whole runtime environment (requirements.txt, environment.yml, setup.py,
// pyproject.toml, Pipfile, python_env.yaml) should name the same packages. A package one of them has and another
// lacks is out of sync. Generated files (locks, `pip freeze`, `conda env export`) list transitive packages too, so
// they are never asked to match.
/** Files that define the main environment on their own. */
function definesEnvironment(file) {
    if (file.generated)
        return false;
    if (file.kind === 'requirements')
        return /^requirements\.(txt|in)$/i.test(file.path);
    return ['conda', 'setup.py', 'setup.cfg', 'pyproject', 'pipfile', 'python-env'].includes(file.kind);
}
/** Installer tooling that conda files list and pip files never do. */
const installers = new Set(['pip', 'setuptools', 'wheel']);
function findOutOfSync(files, context) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    // A file's environment includes what it pulls in (setup.py reading requirements.txt, `-r base.txt`).
    const closure = (file, seen = new Set()) => {
        if (seen.has(file.path))
            return [];
        seen.add(file.path);
        return [
            ...file.dependencies,
            ...file.includes.flatMap((p) => {
                const included = byPath.get(p);
                return included ? closure(included, seen) : [];
            }),
        ];
    };
    const environments = files
        .filter(definesEnvironment)
        .map((file) => ({
        file,
        deps: closure(file).filter((d) => d.group === 'main' && !d.constraintOnly && !d.editable && !context.isNonPython(d) && !installers.has(context.pypiName(d))),
    }))
        .filter((e) => e.deps.length > 0);
    // A file that only includes another (setup.py reading requirements.txt) agrees with it by construction.
    const independent = environments.filter((e) => !environments.some((o) => o !== e && e.file.includes.includes(o.file.path) && e.file.dependencies.length === 0));
    if (independent.length < 2)
        return [];
    const names = independent.map((e) => new Map(e.deps.map((d) => [context.pypiName(d), d])));
    const all = new Map();
    names.forEach((m) => m.forEach((d, name) => all.set(name, [...(all.get(name) ?? []), { file: d.file, line: d.line }])));
    const found = [];
    for (const [name, presentIn] of all) {
        const missingFrom = independent.filter((_, i) => !names[i].has(name)).map((e) => e.file.path);
        if (missingFrom.length)
            found.push({ name, presentIn, missingFrom });
    }
    return found.sort((a, b) => (a.name < b.name ? -1 : 1));
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./shared/drift/env-hash.ts
// A canonical hash of the declared environment: the same packages, versions, extras, markers, channels and Python
// give the same hash, whatever the file layout, order, spacing, comments or quoting. setup-env keys its cache on it.

const canonicalSpecifier = (s) => s.replace(/\s+/g, '').split(',').filter(Boolean).sort().join(',');
const canonicalMarker = (m) => m.replace(/'/g, '"').replace(/\s+/g, ' ').replace(/\s*([<>=!~]=?|===?)\s*/g, '$1').trim();
function environmentHash(files) {
    const entries = new Set();
    for (const file of files) {
        if (file.python)
            entries.add(`python ${canonicalSpecifier(file.python.specifier)}`);
        file.channels.forEach((channel, i) => entries.add(`channel ${i} ${channel}`));
        for (const d of file.dependencies) {
            const extras = [...d.extras].map((e) => e.toLowerCase()).sort().join(',');
            entries.add([
                d.ecosystem,
                d.group,
                d.normalized,
                extras && `[${extras}]`,
                canonicalSpecifier(d.specifier),
                d.marker ? `; ${canonicalMarker(d.marker)}` : '',
                d.url ? `@ ${d.url}` : '',
                d.build ? `build=${d.build}` : '',
                d.channel ? `channel=${d.channel}` : '',
                d.constraintOnly ? 'constraint' : '',
                d.editable ? 'editable' : '',
            ].join(' '));
        }
    }
    const text = [...entries].sort().join('\n');
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./shared/drift/first-party.ts
// Whether an import names the project's own code. Python puts the running script's folder on sys.path, and projects
// import their packages from the root or a `src/` layout, with or without __init__.py (namespace packages).


const moduleFile = /^(.+?)(\.[^.]+)?\.(py|pyi|pyx|so|pyd)$/;
class FirstPartyModules {
    root;
    declared;
    listings = new Map();
    constructor(root, declared = []) {
        this.root = root;
        this.declared = declared;
    }
    /** `fromFile` is root-relative; a module is first-party when it sits beside the file, at the root, or in src/. */
    has(module, fromFile) {
        if (this.declared.includes(module))
            return true;
        const dirs = new Set([external_node_path_default().posix.dirname(fromFile), '.', 'src']);
        for (const dir of dirs)
            if (this.modulesIn(dir).has(module))
                return true;
        return false;
    }
    modulesIn(dir) {
        let names = this.listings.get(dir);
        if (names)
            return names;
        names = new Set();
        const full = external_node_path_default().join(this.root, dir);
        if ((0,external_node_fs_namespaceObject.existsSync)(full)) {
            for (const entry of (0,external_node_fs_namespaceObject.readdirSync)(full, { withFileTypes: true })) {
                if (entry.isDirectory()) {
                    if (/^[A-Za-z_]\w*$/.test(entry.name) && holdsPython(external_node_path_default().join(full, entry.name)))
                        names.add(entry.name);
                }
                else {
                    const m = moduleFile.exec(entry.name);
                    if (m)
                        names.add(m[1]);
                }
            }
        }
        this.listings.set(dir, names);
        return names;
    }
}
/** A folder is a package when it holds Python modules itself: a data folder that shares a library's name is not. */
function holdsPython(dir) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(dir).some((name) => name.endsWith('.py'));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./shared/git/git.ts
// The few git questions ml-hub asks, through the real `git` with argument arrays.


const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 << 20, encoding: 'utf8' });
    return stdout;
}
async function tryGit(cwd, args) {
    try {
        return await git(cwd, args);
    }
    catch {
        return undefined;
    }
}
/**
 * Resolves a commit-ish to a full SHA. A shallow checkout (actions/checkout's default depth 1) lacks the base commit:
 * fetch just that commit once before giving up.
 */
async function resolveCommit(dir, ref) {
    const verify = () => tryGit(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    let sha = await verify();
    if (!sha && /^[0-9a-f]{40}$/i.test(ref)) {
        await tryGit(dir, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ref]);
        sha = await verify();
    }
    return sha?.trim() || undefined;
}
/** Paths, relative to `dir`, of the files under `dir` at `commit`. */
async function filesAtCommit(dir, commit) {
    const out = await git(dir, ['ls-tree', '-r', '-z', '--name-only', commit, '--', '.']);
    return out.split('\0').filter(Boolean);
}
/** Paths, relative to `dir`, that differ between `commit` and the working tree. */
async function changedSince(dir, commit) {
    const out = await git(dir, ['diff', '--name-only', '-z', '--no-renames', '--relative', commit, '--', '.']);
    return out.split('\0').filter(Boolean);
}
/** A file as it was at `commit`; `path` is relative to `dir` (git's `./` form). */
async function showFile(dir, commit, path) {
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', ['show', `${commit}:./${path}`], { cwd: dir, encoding: 'buffer', maxBuffer: 64 << 20 }, (error, stdout) => resolve(error ? undefined : stdout));
    });
}

;// CONCATENATED MODULE: ./shared/drift/base-changes.ts
// What changed since the base commit: dependencies added, removed or re-pinned in packaging files, and undeclared
// imports that the change introduced or fixed. The base side reuses the working tree's scan for files the change did
// not touch and scans only the touched files as they were at the base.









const key = (d, name) => `${d.file}\0${d.group}\0${name}`;
async function compareWithBase(root, base, now, undeclaredNow, env) {
    const commit = await resolveCommit(root, base);
    if (!commit) {
        return {
            problem: {
                severity: 'warning',
                code: 'git/no-base',
                message: `base commit ${base} is not in this clone; check out with fetch-depth: 0 (actions/checkout) to see what changed`,
                file: '.',
            },
        };
    }
    const baseFiles = await filesAtCommit(root, commit);
    const environment = loadEnvironment(findPackagingFiles(baseFiles).map((f) => f.path), gitCommitReader(root, commit), { env });
    const before = new Map(environment.files.flatMap((f) => f.dependencies).map((d) => [key(d, now.context.pypiName(d)), d]));
    const after = new Map(now.dependencies.map((d) => [key(d, now.context.pypiName(d)), d]));
    const added = [];
    const removed = [];
    const changed = [];
    for (const [k, d] of after) {
        const old = before.get(k);
        if (!old)
            added.push({ name: d.name, file: d.file, line: d.line, after: d.specifier });
        else if (old.specifier !== d.specifier)
            changed.push({ name: d.name, file: d.file, line: d.line, before: old.specifier, after: d.specifier });
    }
    for (const [k, d] of before)
        if (!after.has(k))
            removed.push({ name: d.name, file: d.file, before: d.specifier });
    const changedPaths = new Set(await changedSince(root, commit));
    const atBase = new Set(baseFiles);
    const scannedBefore = [];
    for (const file of now.scanned) {
        if (!atBase.has(file.path))
            continue;
        if (!changedPaths.has(file.path)) {
            scannedBefore.push(file);
            continue;
        }
        const bytes = await showFile(root, commit, file.path);
        if (bytes)
            scannedBefore.push(file.path.endsWith('.ipynb') ? scanNotebook(bytes.toString('utf8'), file.path) : scanPythonSource(bytes, file.path));
    }
    const undeclaredBefore = findUndeclared(classifyImports(scannedBefore, now), environment.files.flatMap((f) => f.dependencies), now.context);
    const namesBefore = new Set(undeclaredBefore.map((u) => u.module));
    const namesNow = new Set(undeclaredNow.map((u) => u.module));
    return {
        changes: {
            base: commit,
            added,
            removed,
            changed,
            newUndeclared: [...namesNow].filter((m) => !namesBefore.has(m)).sort(),
            fixedUndeclared: [...namesBefore].filter((m) => !namesNow.has(m)).sort(),
            envHashBefore: environmentHash(environment.files),
        },
    };
}

;// CONCATENATED MODULE: ./shared/drift/detect-drift.ts
// The detect-env pipeline: packaging files + source imports → DriftReport. The action and the CLI both call it.





















function pypiNameOf(d) {
    return d.ecosystem === 'pypi' ? d.normalized : normalizeName(condaToPypi(d.normalized) ?? d.normalized);
}
function rootListing(root) {
    const listing = [];
    for (const entry of (0,external_node_fs_namespaceObject.readdirSync)(root, { withFileTypes: true })) {
        if (entry.isFile())
            listing.push(entry.name);
        else if (entry.isDirectory() && entry.name === 'requirements') {
            for (const inner of (0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(root, entry.name), { withFileTypes: true }))
                if (inner.isFile())
                    listing.push(`requirements/${inner.name}`);
        }
    }
    return listing;
}
/** Which Python's standard library applies: settings, then the given interpreter, then what packaging files declare. */
function choosePython(config, interpreter, files) {
    if (config.python)
        return { version: stdlibVersionFor(config.python), reason: `settings (${config.source})` };
    if (interpreter)
        return { version: stdlibVersionFor(interpreter.pythonVersion), reason: `the interpreter given (${interpreter.pythonVersion})` };
    const rank = ['python-version', 'runtime.txt', 'conda', 'python-env', 'pyproject', 'setup.py', 'setup.cfg', 'pipfile', 'pipfile.lock'];
    const declared = files
        .filter((f) => f.python)
        .sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind))[0]?.python;
    if (declared)
        return { version: stdlibVersionFor(declared.specifier), reason: `${declared.file}:${declared.line} declares ${declared.specifier}` };
    return { version: stdlibVersionFor(undefined), reason: 'no Python version is declared; assumed the newest' };
}
async function detectDrift(options) {
    const root = external_node_path_default().resolve(options.root);
    const reader = workingTreeReader(root);
    const diagnostics = [];
    const { config, diagnostics: configProblems } = loadConfig(reader, options.configPath);
    diagnostics.push(...configProblems);
    const environment = loadEnvironment(rootListing(root), reader, { env: options.env ?? process.env });
    diagnostics.push(...environment.diagnostics);
    let interpreter;
    if (options.python) {
        try {
            interpreter = await readInterpreterMetadata(options.python);
        }
        catch (e) {
            diagnostics.push({ severity: 'warning', code: 'interpreter/failed', message: e.message, file: options.python });
        }
    }
    const python = choosePython(config, interpreter, environment.files);
    const discovered = await discoverFiles(root, {
        exclude: [...config.exclude, ...(options.exclude ?? [])],
        defaultExcludes: options.defaultExcludes,
    });
    for (const s of discovered.skipped)
        diagnostics.push({ severity: 'notice', code: 'scan/skipped', message: `skipped: ${s.reason}`, file: s.path });
    const scanned = await scanFiles(root, discovered.files);
    for (const f of scanned)
        if (f.problem)
            diagnostics.push(f.problem);
    const analysis = buildAnalysis(root, config, environment.files, scanned, python.version, interpreter);
    const imports = classifyImports(scanned, analysis);
    const undeclared = findUndeclared(imports, analysis.dependencies, analysis.context);
    const unused = findUnused(imports, analysis.dependencies, analysis.context);
    const conflicts = findConflicts(environment.files, {
        pypiName: pypiNameOf,
        pep440Alternatives: (spec, ecosystem) => (ecosystem === 'conda' ? condaSpecToPep440(spec) : [spec]),
        intersect: specifiersIntersect,
    });
    const outOfSync = findOutOfSync(environment.files, { pypiName: pypiNameOf, isNonPython: analysis.context.isNonPython });
    const report = {
        python,
        packagingFiles: environment.files.map((f) => ({ path: f.path, kind: f.kind, dependencies: f.dependencies.length, generated: f.generated })),
        scannedFiles: scanned.length,
        importCount: imports.importCount,
        undeclared,
        unused,
        conflicts,
        outOfSync,
        envHash: environmentHash(environment.files),
        diagnostics,
        drift: undeclared.length + unused.length + conflicts.length + outOfSync.length > 0,
        failOn: config.failOn,
    };
    if (options.base) {
        const compared = await compareWithBase(root, options.base, analysis, undeclared, options.env ?? process.env);
        if ('problem' in compared)
            diagnostics.push(compared.problem);
        else {
            report.changes = compared.changes;
            const introduced = new Set(compared.changes.newUndeclared);
            for (const u of undeclared)
                u.introduced = introduced.has(u.module);
        }
    }
    return report;
}
function buildAnalysis(root, config, files, scanned, pythonVersion, interpreter) {
    const sources = { interpreter, overrides: config.mapping };
    const context = {
        pypiName: pypiNameOf,
        importNamesOf: (dist) => importNamesOfDistribution(dist, sources),
        isNonPython: (d) => d.ecosystem === 'conda' && isNonPythonCondaPackage(d.normalized),
        ignoreUndeclared: config.ignoreUndeclared,
        ignoreUnused: config.ignoreUnused.map(normalizeName),
    };
    return {
        config,
        files,
        dependencies: files.flatMap((f) => f.dependencies),
        scanned,
        context,
        isStdlib: (module) => isStdlibModule(module, pythonVersion),
        firstParty: new FirstPartyModules(root, config.firstParty),
        resolve: (dotted) => resolveDistribution(dotted, sources),
    };
}

;// CONCATENATED MODULE: ./shared/drift/annotations.ts
// Findings as line annotations. GitHub keeps only 10 annotations of each level per step, so the most important come
// first (problems that stop reading, conflicts, imports new in this change) and the 10th of a level, when more
// remain, says how many were left out.
const annotationsPerLevel = 10;
function fromDiagnostic(d) {
    return { level: d.severity, title: `ml-hub: ${d.code}`, message: d.message, file: d.file, line: d.line };
}
/** Every finding, most important first. */
function driftFindings(report) {
    const all = [];
    all.push(...report.diagnostics.filter((d) => d.severity === 'error').map(fromDiagnostic));
    for (const c of report.conflicts) {
        const first = c.declarations[0];
        all.push({ level: 'error', title: `Conflicting versions of ${c.name}`, message: c.message, file: first.file, line: first.line });
    }
    const undeclared = [...report.undeclared].sort((a, b) => Number(!!b.introduced) - Number(!!a.introduced));
    for (const u of undeclared) {
        const first = u.locations[0];
        const others = u.locations.length - 1;
        all.push({
            level: 'warning',
            title: `Undeclared import: ${u.module}`,
            message: `${u.module} is imported here${others ? ` and in ${others} other place${others === 1 ? '' : 's'}` : ''} but no packaging file declares ` +
                `${u.distributions.join(' or ')}${u.source === 'guess' ? ' (distribution name guessed)' : ''}.`,
            file: first.file,
            line: first.line,
        });
    }
    for (const u of report.unused) {
        const first = u.declarations[0];
        all.push({
            level: 'warning',
            title: `Unused dependency: ${u.name}`,
            message: `${u.name} is declared but nothing imports ${u.importNames.join(' or ') || u.name}.`,
            file: first.file,
            line: first.line,
        });
    }
    for (const o of report.outOfSync) {
        const first = o.presentIn[0];
        all.push({ level: 'warning', title: `Out of sync: ${o.name}`, message: `${o.name} is declared here but missing from ${o.missingFrom.join(', ')}.`, file: first.file, line: first.line });
    }
    all.push(...report.diagnostics.filter((d) => d.severity !== 'error').map(fromDiagnostic));
    return all;
}
/** What a step can show: the findings, capped per level. */
function driftAnnotations(report) {
    return capPerLevel(driftFindings(report));
}
function capPerLevel(annotations) {
    const kept = [];
    for (const level of ['error', 'warning', 'notice']) {
        const ofLevel = annotations.filter((a) => a.level === level);
        if (ofLevel.length <= annotationsPerLevel) {
            kept.push(...ofLevel);
            continue;
        }
        kept.push(...ofLevel.slice(0, annotationsPerLevel - 1));
        const rest = ofLevel.length - (annotationsPerLevel - 1);
        kept.push({ level, title: `${rest} more ${level}s`, message: `${rest} more ${level}s are not shown as annotations (GitHub keeps ${annotationsPerLevel} per step); the job summary lists them all.` });
    }
    return kept;
}

;// CONCATENATED MODULE: ./shared/drift/render-summary.ts
// The detect-env job summary: the findings as tables, most important first, the rest collapsed, always under budget.

/** GitHub's hard limit for one step's summary is 1 MiB; stay well under it. */
const summaryLimit = (/* unused pure expression or super */ null && (1024 * 1024 - 16 * 1024));
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function headline(report) {
    if (!report.drift)
        return 'no drift';
    return [
        report.undeclared.length && plural(report.undeclared.length, 'undeclared import'),
        report.unused.length && plural(report.unused.length, 'unused declaration'),
        report.conflicts.length && plural(report.conflicts.length, 'conflict'),
        report.outOfSync.length && plural(report.outOfSync.length, 'package') + ' out of sync',
    ]
        .filter(Boolean)
        .join(', ');
}
function renderDriftSummary(report, options = {}) {
    const md = new MarkdownBudget(options.limit ?? summaryLimit);
    const where = (l) => {
        const text = `${l.file}:${l.line}`;
        const href = options.link?.(l);
        return href ? `[${cell(text)}](${href})` : cell(text);
    };
    const places = (ls, max = 3) => ls.slice(0, max).map(where).join(', ') + (ls.length > max ? `, +${ls.length - max} more` : '');
    const icon = report.drift ? '⚠️' : '✅';
    md.add(`## ${icon} Environment drift${options.project ? ` in ${code(options.project)}` : ''}: ${headline(report)}\n\n`);
    md.add(`${plural(report.scannedFiles, 'source file')} scanned (${plural(report.importCount, 'import')}), ` +
        `${plural(report.packagingFiles.length, 'packaging file')} read. ` +
        `Standard library of Python ${report.python.version}: ${cell(report.python.reason)}. ` +
        `Environment hash ${code(report.envHash.slice(0, 16))}.\n\n`);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length)
        md.add(`> [!CAUTION]\n> ${plural(errors.length, 'file problem')} kept part of the project from being read; see **Problems** below.\n\n`);
    if (report.undeclared.length) {
        md.add(`### Undeclared imports\nImported by the code, declared by no packaging file.\n\n`);
        md.table(['Import', 'Declare', 'Imported at', 'Note'], report.undeclared.map((u) => [
            code(u.module),
            u.distributions.map(code).join(' or '),
            places(u.locations),
            [
                u.introduced ? '**new in this change**' : '',
                u.source === 'guess' ? 'distribution name guessed from the import name' : '',
                u.pipInstalls.length ? `installed by hand at ${places(u.pipInstalls, 1)}` : '',
            ]
                .filter(Boolean)
                .join('; '),
        ]), { reserve: 4096, more: 'see the report JSON' });
    }
    if (report.conflicts.length) {
        md.add(`### Conflicts\nDeclarations that no single version satisfies.\n\n`);
        md.table(['Package', 'Declarations', 'Why'], report.conflicts.map((c) => [code(c.name), c.declarations.map((d) => `${code(`${d.name} ${d.specifier}`)} at ${where(d)}`).join('<br>'), cell(c.message)]), { reserve: 4096 });
    }
    if (report.unused.length) {
        md.add(`### Unused declarations\nDeclared, but no code imports ${'them'}. Tools that are never imported (pytest, black, jupyter, …) are not listed.\n\n`);
        md.table(['Package', 'Declared at', 'Looked for'], report.unused.map((u) => [code(u.name), places(u.declarations), u.importNames.map(code).join(', ')]), { reserve: 4096 });
    }
    if (report.outOfSync.length) {
        md.add(`### Packaging files out of sync\nFiles that each describe the whole environment but disagree on what is in it.\n\n`);
        md.table(['Package', 'Declared at', 'Missing from'], report.outOfSync.map((o) => [code(o.name), places(o.presentIn), o.missingFrom.map(code).join(', ')]), { reserve: 4096 });
    }
    const changes = report.changes;
    if (changes) {
        md.add(`### Since ${code(changes.base.slice(0, 12))}\n`);
        const total = changes.added.length + changes.removed.length + changes.changed.length;
        md.add(changes.envHashBefore === report.envHash
            ? `The declared environment is unchanged.\n\n`
            : `The declared environment changed (hash ${code(changes.envHashBefore.slice(0, 16))} → ${code(report.envHash.slice(0, 16))}).\n\n`);
        if (changes.newUndeclared.length)
            md.add(`New undeclared imports: ${changes.newUndeclared.map(code).join(', ')}.\n\n`);
        if (changes.fixedUndeclared.length)
            md.add(`No longer undeclared: ${changes.fixedUndeclared.map(code).join(', ')}.\n\n`);
        if (total) {
            md.table(['Change', 'Package', 'File', 'Before', 'After'], [
                ...changes.added.map((c) => ['added', code(c.name), cell(c.file), '', code(c.after || 'any')]),
                ...changes.changed.map((c) => ['changed', code(c.name), cell(c.file), code(c.before || 'any'), code(c.after || 'any')]),
                ...changes.removed.map((c) => ['removed', code(c.name), cell(c.file), code(c.before || 'any'), '']),
            ], { reserve: 4096 });
        }
    }
    md.add(`<details><summary>Packaging files (${report.packagingFiles.length})</summary>\n\n`);
    md.table(['File', 'Kind', 'Dependencies', 'Note'], report.packagingFiles.map((f) => [cell(f.path), f.kind, String(f.dependencies), f.generated ? cell(`generated: ${f.generated}`) : '']), { reserve: 2048 });
    md.add(`</details>\n\n`);
    if (report.diagnostics.length) {
        md.add(`<details><summary>Problems and notices (${report.diagnostics.length})</summary>\n\n`);
        md.table(['Severity', 'Where', 'Message'], report.diagnostics.map((d) => [d.severity, d.line ? where({ file: d.file, line: d.line }) : cell(d.file), cell(d.message)]), { reserve: 512 });
        md.add(`</details>\n\n`);
    }
    if (md.truncated)
        md.add(`_This summary was shortened to stay under GitHub's size limit; the report JSON has everything._\n`);
    return md.toString();
}

;// CONCATENATED MODULE: ./shared/drift/outputs.ts
// detect-env's outputs (action outputs and `ml-hub detect-env --json` alike) and when drift fails the job.
function driftOutputs(report) {
    return {
        drift: String(report.drift),
        undeclared: JSON.stringify(report.undeclared.map((u) => ({ module: u.module, distribution: u.distributions[0], file: u.locations[0].file, line: u.locations[0].line }))),
        unused: JSON.stringify(report.unused.map((u) => ({ name: u.name, file: u.declarations[0].file, line: u.declarations[0].line }))),
        conflicts: JSON.stringify(report.conflicts.map((c) => ({ name: c.name, message: c.message }))),
        'env-hash': report.envHash,
    };
}
/** Why the job should fail under `failOn`, or undefined. Unreadable packaging files fail unless failOn is never. */
function failureReason(report, failOn) {
    if (failOn === 'never')
        return undefined;
    const errors = report.diagnostics.filter((d) => d.severity === 'error' && !d.code.startsWith('scan/'));
    const reasons = [];
    if (errors.length)
        reasons.push(`${errors.length} packaging or settings file${errors.length === 1 ? '' : 's'} could not be read`);
    if (report.undeclared.length)
        reasons.push(`${report.undeclared.length} undeclared import${report.undeclared.length === 1 ? '' : 's'} (${report.undeclared.map((u) => u.module).join(', ')})`);
    if (failOn === 'any') {
        if (report.unused.length)
            reasons.push(`${report.unused.length} unused declaration${report.unused.length === 1 ? '' : 's'}`);
        if (report.conflicts.length)
            reasons.push(`${report.conflicts.length} conflict${report.conflicts.length === 1 ? '' : 's'}`);
        if (report.outOfSync.length)
            reasons.push(`${report.outOfSync.length} package${report.outOfSync.length === 1 ? '' : 's'} out of sync`);
    }
    return reasons.length ? `Environment drift (fail-on: ${failOn}): ${reasons.join('; ')}.` : undefined;
}

;// CONCATENATED MODULE: ./shared/cli/cli-support.ts
// What every CLI command shares: argument parsing that reports mistakes plainly, and the exit codes.

const exitCodes = { ok: 0, findings: 1, usage: 2 };
class UsageError extends Error {
}
function parseCommandArgs(args, options, command) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (e) {
        throw new UsageError(`${command}: ${e.message}`);
    }
}

;// CONCATENATED MODULE: ./shared/cli/detect-env-command.ts
// ml-hub detect-env [PATH] [--json] [--base REF] [--python PY] [--fail-on never|undeclared|any] [--exclude GLOB]… [--config FILE]







async function detectEnvCommand(args) {
    const { values, positionals } = parseCommandArgs(args, {
        json: { type: 'boolean' },
        base: { type: 'string' },
        python: { type: 'string' },
        'fail-on': { type: 'string' },
        exclude: { type: 'string', multiple: true },
        config: { type: 'string' },
    }, 'detect-env');
    const root = positionals[0] ?? '.';
    if (!(0,external_node_fs_namespaceObject.existsSync)(root))
        throw new UsageError(`detect-env: ${root} does not exist`);
    const failOn = values['fail-on'];
    if (failOn !== undefined && !['never', 'undeclared', 'any'].includes(failOn))
        throw new UsageError(`detect-env: --fail-on must be never, undeclared or any`);
    const report = await detectDrift({ root, base: values.base, python: values.python, exclude: values.exclude, configPath: values.config });
    if (values.json) {
        console.log(JSON.stringify(report, null, 2));
    }
    else {
        console.log(`ml-hub detect-env: ${headline(report)}`);
        console.log(`  Python ${report.python.version} (${report.python.reason}); ${report.scannedFiles} source files, ${report.packagingFiles.length} packaging files; env-hash ${report.envHash.slice(0, 16)}`);
        for (const a of driftFindings(report)) {
            console.log(formatDiagnostic({ severity: a.level, code: '', message: `${a.title}: ${a.message}`, file: a.file ?? '.', line: a.line }));
        }
    }
    const reason = failureReason(report, failOn ?? report.failOn ?? 'undeclared');
    if (reason) {
        console.error(reason);
        return exitCodes.findings;
    }
    return exitCodes.ok;
}

;// CONCATENATED MODULE: ./shared/cli/deps-command.ts
// ml-hub deps FILE [--json]: the dependencies one packaging file declares (and the files it includes).







/** Kind by file name, as detect-env decides, plus any other `*.txt`/`*.in` read as a requirements file. */
function kindOf(name) {
    return packagingKindOf(name) ?? (/\.(txt|in)$/i.test(name) ? 'requirements' : undefined);
}
async function depsCommand(args) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, 'deps');
    const file = positionals[0];
    if (!file)
        throw new UsageError('deps: which file? usage: ml-hub deps FILE [--json]');
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        throw new UsageError(`deps: ${file} does not exist`);
    const kind = kindOf(external_node_path_default().basename(file));
    if (!kind)
        throw new UsageError(`deps: ${file} is not a packaging file ml-hub reads (requirements*.txt, environment.yml, setup.py, setup.cfg, pyproject.toml, Pipfile, Pipfile.lock, MLproject, python_env.yaml, runtime.txt, .python-version)`);
    // Included files (`-r ../base.txt`) may sit above the file: read relative to the current folder.
    const base = (0,external_node_fs_namespaceObject.realpathSync)('.');
    const relative = external_node_path_default().relative(base, (0,external_node_fs_namespaceObject.realpathSync)(file)).split((external_node_path_default()).sep).join('/');
    const parsed = parsePackagingFile(relative, kind, workingTreeReader(base), process.env);
    const dependencies = parsed.files.flatMap((f) => f.dependencies);
    const diagnostics = [...parsed.files.flatMap((f) => f.diagnostics), ...parsed.diagnostics];
    if (values.json) {
        console.log(JSON.stringify(dependencies.map((d) => ({
            name: d.name,
            normalized: d.normalized,
            specifier: d.specifier,
            extras: d.extras,
            marker: d.marker ?? null,
            url: d.url ?? null,
            editable: d.editable,
            file: d.file,
            line: d.line,
            ecosystem: d.ecosystem,
            group: d.group,
            ...(d.constraintOnly ? { constraint: true } : {}),
        })), null, 2));
    }
    else {
        for (const d of dependencies) {
            const extras = d.extras.length ? `[${d.extras.join(',')}]` : '';
            console.log(`${d.file}:${d.line}\t${d.name}${extras}${d.specifier ? ` ${d.specifier}` : ''}${d.marker ? ` ; ${d.marker}` : ''}${d.url ? ` @ ${d.url}` : ''}${d.editable ? ' (editable)' : ''}`);
        }
    }
    for (const d of diagnostics)
        console.error(formatDiagnostic(d));
    return diagnostics.some((d) => d.severity === 'error') ? exitCodes.usage : exitCodes.ok;
}

;// CONCATENATED MODULE: ./shared/cli/imports-command.ts
// ml-hub imports PATH [--json] [--no-default-excludes]: the imports of one file or of every Python file under a folder.






async function importsCommand(args) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, 'no-default-excludes': { type: 'boolean' }, exclude: { type: 'string', multiple: true } }, 'imports');
    const target = positionals[0] ?? '.';
    if (!(0,external_node_fs_namespaceObject.existsSync)(target))
        throw new UsageError(`imports: ${target} does not exist`);
    const isFile = (0,external_node_fs_namespaceObject.statSync)(target).isFile();
    const root = isFile ? external_node_path_default().dirname(target) : target;
    const files = isFile
        ? [external_node_path_default().basename(target)]
        : (await discoverFiles(root, { exclude: values.exclude, defaultExcludes: !values['no-default-excludes'] })).files;
    const scanned = await scanFiles(root, files);
    if (values.json) {
        console.log(JSON.stringify(scanned.map((f) => ({
            file: f.path,
            imports: f.imports.map((i) => ({ module: i.module, dotted: i.dotted, level: i.level, line: i.line })),
            modules: [...new Set(f.imports.filter((i) => i.level === 0).map((i) => i.module))].sort(),
            ...(f.pipInstalls.length ? { pipInstalls: f.pipInstalls } : {}),
            ...(f.problem ? { problem: f.problem } : {}),
        })), null, 2));
    }
    else {
        for (const f of scanned)
            for (const i of f.imports)
                console.log(`${f.path}:${i.line}\t${i.dotted}`);
    }
    for (const f of scanned)
        if (f.problem)
            console.error(formatDiagnostic(f.problem));
    return exitCodes.ok;
}

;// CONCATENATED MODULE: ./shared/cli/main.ts
// `ml-hub <command>`: the same pipelines as the actions, for a terminal.




const main_commands = {
    'detect-env': { summary: 'find environment drift in a project: ml-hub detect-env [PATH] [--json] [--base REF]', run: detectEnvCommand },
    deps: { summary: 'list the dependencies one packaging file declares: ml-hub deps FILE [--json]', run: depsCommand },
    imports: { summary: 'list the imports of Python files and notebooks: ml-hub imports PATH [--json] [--no-default-excludes]', run: importsCommand },
};
function usage() {
    return [
        'usage: ml-hub <command> [options]',
        '',
        ...Object.entries(main_commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`),
        '',
        'exit codes: 0 success, 1 drift or findings that fail (see --fail-on), 2 bad usage or unreadable input',
    ].join('\n');
}
async function main(argv) {
    const [name, ...args] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        console.log(usage());
        return name ? exitCodes.ok : exitCodes.usage;
    }
    if (name === '--version') {
        console.log(process.env.npm_package_version ?? 'ml-hub');
        return exitCodes.ok;
    }
    const command = main_commands[name];
    if (!command)
        throw new UsageError(`unknown command "${name}"\n\n${usage()}`);
    return command.run(args);
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`ml-hub: ${message}`);
    if (process.env.ML_HUB_DEBUG && error instanceof Error)
        console.error(error.stack);
    process.exitCode = exitCodes.usage;
});

