import { createRequire as __dlintCreateRequire } from 'node:module';
const require = __dlintCreateRequire(import.meta.url);
import {
  PARALLEL_MIN_FILES,
  SEVERITIES,
  VERSION,
  fixLabel,
  nearest
} from "./chunk-2QXF2IPI.js";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-TJIFSG4X.js";

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
    "use strict";
    var path17 = __require("path");
    var factory = (options) => new IgnoreBase(options);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/;
    var REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
    var REGEX_TRAILING_PATH_SEP = path17.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
    var KEY_IGNORE = typeof Symbol !== "undefined" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath(file) {
      return path17.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      if (path17.sep === "/") {
        return file;
      }
      return file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      if (path17.sep === "/") {
        return file;
      }
      return file.replace(/\//g, path17.sep);
    }
    var IgnoreBase = class {
      constructor({
        // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
        ignorecase = true
      } = {}) {
        this._rules = [];
        this._ignorecase = ignorecase;
        this[KEY_IGNORE] = true;
        this._initCache();
      }
      _initCache() {
        this._cache = {};
      }
      // @param {Array.<string>|string|Ignore} pattern
      add(pattern) {
        this._added = false;
        if (typeof pattern === "string") {
          pattern = pattern.split(/\r?\n/g);
        }
        make_array(pattern).forEach(this._addPattern, this);
        if (this._added) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules);
          this._added = true;
          return;
        }
        if (this._checkPattern(pattern)) {
          const rule = this._createRule(pattern.trim());
          if (rule !== null) {
            this._added = true;
            this._rules.push(rule);
          }
        }
      }
      _checkPattern(pattern) {
        return pattern && typeof pattern === "string" && pattern.indexOf("#") !== 0 && pattern.trim() !== "";
      }
      filter(paths) {
        return make_array(paths).filter((path18) => this._filter(path18));
      }
      createFilter() {
        return (path18) => this._filter(path18);
      }
      ignores(path18) {
        return !this._filter(path18);
      }
      // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55
      _createRule(pattern) {
        const origin = pattern;
        let negative = false;
        if (pattern[0] === "!") {
          negative = true;
          pattern = pattern.substring(1).trim();
        }
        if (pattern.length > 0) {
          pattern = cleanPath(pattern);
          pattern = toSlash(pattern);
          if (pattern.length > 1 && pattern[0] === "/") {
            pattern = pattern.slice(1);
          }
        }
        if (negative) {
          pattern = "!" + pattern;
        }
        pattern = pattern.trim();
        if (pattern === "") {
          return null;
        }
        pattern = cleanPath(pattern);
        if (pattern[0] === "!") {
          if (pattern.length === 1) {
            return null;
          }
          negative = true;
          pattern = pattern.substring(1);
        } else {
          negative = false;
        }
        return {
          origin,
          pattern,
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
          dirs: pattern.split(path17.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path18) {
        if (!path18) {
          return false;
        }
        if (path18 in this._cache) {
          return this._cache[path18];
        }
        return this._cache[path18] = this._test(path18);
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        const parentPath = cleanPath(path17.dirname(file));
        const parentPathDirs = parentPath.split(path17.sep);
        let matched = false;
        this._rules.forEach((rule) => {
          let match = this._match(file, rule);
          if (!match && parentPath !== ".") {
            if (rule.dirs.includes("**")) {
              for (let i = rule.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++) {
                match = match || this._match(parentPathDirs.slice(0, i).join(path17.sep), rule);
              }
            } else if (rule.dirs.length <= parentPathDirs.length) {
              match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path17.sep), rule);
            }
          }
          if (match) {
            matched = !rule.negative;
          }
        });
        return !matched;
      }
      // @returns {Boolean} true if a file is matched by a rule
      _match(file, rule) {
        return this._compile(rule).regexp.test(file);
      }
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139
      _compile(rule) {
        if (rule.regexp) {
          return rule;
        }
        let regStr = "^";
        let escapedSlash = path17.sep === "\\" ? "\\\\" : path17.sep;
        for (let i = 0; i < rule.pattern.length; i++) {
          const ch = rule.pattern[i];
          if (ch === "*") {
            if (rule.pattern[i + 1] === "*") {
              i++;
              if (rule.pattern[i + 1] === path17.sep) {
                i++;
              }
              if (rule.pattern[i + 1] === void 0) {
                regStr += ".*";
              } else {
                regStr += `(.*${escapedSlash})?`;
              }
            } else {
              regStr += `[^${escapedSlash}]*`;
            }
          } else if (ch === "?") {
            regStr += `[^${escapedSlash}]`;
          } else if (ch === "." || ch === "$") {
            regStr += `\\${ch}`;
          } else if (ch === "\\") {
            if (path17.sep === "\\") {
              regStr += escapedSlash;
              continue;
            }
            if (rule.pattern[i + 1] !== void 0) {
              regStr += "\\" + rule.pattern[i + 1];
              i++;
            } else {
              regStr += "\\";
            }
          } else {
            regStr += ch;
          }
        }
        regStr += "$";
        rule.regexp = new RegExp(regStr, this._ignorecase ? "i" : "");
        return rule;
      }
    };
  }
});

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position2) {
        if (this.range.end.line < position2.line) {
          return false;
        }
        return this.range.start.line > position2.line ? true : this.range.start.character > position2.character;
      }
      isBefore(position2) {
        if (this.range.start.line < position2.line) {
          return true;
        }
        return this.range.end.line > position2.line ? false : this.range.end.character < position2.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message2) {
        return {
          location,
          message: message2
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message2, severity, code, source, relatedInformation) {
        const result = { range, message: message2 };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command2, ...args) {
        const result = { title, command: command2 };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position2, newText) {
        return { range: { start: position2, end: position2 }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position2, newText, annotation) {
        return { range: { start: position2, end: position2 }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position2, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position2, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position2, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position2, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items2, isIncomplete) {
        return { items: items2 ? items2 : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position2, label, kind) {
        const result = { position: position2, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command2) {
        return { insertText, filterText, range, command: command2 };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items2) {
        return { items: items2 };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position2) {
        const lineOffsets = this.getLineOffsets();
        if (position2.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position2.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position2.line];
        const nextLineOffset = position2.line + 1 < lineOffsets.length ? lineOffsets[position2.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position2.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position2, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position2.line && range.start.character <= position2.character && position2.character <= range.end.character;
        } else if (range.start.line === position2.line) {
          return range.start.character <= position2.character;
        } else if (range.end.line === position2.line) {
          return position2.character <= range.end.character;
        }
        return range.start.line < position2.line && position2.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position2) {
        const lineOffsets = this.getLineOffsets();
        if (position2.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position2.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position2.line];
        if (position2.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position2.line + 1 < lineOffsets.length ? lineOffsets[position2.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position2.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges2 = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges2.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges2.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges2.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position2 = this.document.positionAt(offset + i);
                if (position2.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position2.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges2.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges2.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges2;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges2 = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges2) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before3 = value.charAt(index - 1);
          if (initial === '"' && before3 === '"' || initial === "'" && before3 === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position2 = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position2 && position2 < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position2 = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position2 && position2 < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path17 = this.getPath();
        if (path17 === null || path17.startsWith("/")) {
          return path17;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path17 : parent + "/" + path17;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position2) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position2, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position2) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position2, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position2, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position2, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser2 = new parser_1.Parser();
        return parser2.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path17 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path17.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path17 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path17.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before3 = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before3 && (before3.type === "star" || before3.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path17 = __require("path");
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(path17.basename(input));
    };
    picomatch3.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/ignore/index.js
var require_ignore2 = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY2 = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY2;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY2;
      let prev = EMPTY2;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY2;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY2;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "";
    var TRAILING_DOUBLESTAR = "";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY2;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
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
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
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
        "*"
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
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
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
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
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
        "*"
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
        (match, p1, p2) => p2 === EMPTY2 ? p1 + TRAILING_WILDCARD : match,
        "*"
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
        "["
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
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY2;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY2;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path17) => {
      const end = path17.length - 1;
      const index = path17.lastIndexOf(
        SLASH,
        path17[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path17 : path17.slice(index + 1);
    };
    var parentOf = (path17) => {
      if (path17.charCodeAt(0) === SLASH_CODE || path17.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path17.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY2;
      }
      const end = path17.length - 1;
      const cut = path17.lastIndexOf(
        SLASH,
        path17.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY2 : path17.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path17) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored2 = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path17)) {
            ignored2 = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored: ignored2,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path17, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path17) : path17;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path17
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message2, Ctor) => {
      throw new Ctor(message2);
    };
    var checkPath = (path17, originalPath, doThrow) => {
      if (!isString(path17)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path17) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path17)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path17) => {
      const first = path17.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path17.length === 1) {
        return true;
      }
      const second = path17.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path17.length === 2 || path17.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path17) {
        checkPath(
          path17,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path17 ? this._t(path17, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path17 = convertPath(target);
        if (!path17 || path17.charCodeAt(path17.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path17);
        }
        const dir = this._t(path17, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path17);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path17, cache) {
        const cached = cache[path17];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path17);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path17] = parent && parent.ignored ? parent : this._rules.test(path17, MODE_IGNORE);
      }
      ignores(path17) {
        return this._test(path17, this._ignoreCache, convertPath(path17)).ignored;
      }
      createFilter() {
        return (path17) => !this.ignores(path17);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path17) {
        return this._test(path17, this._testCache, convertPath(path17));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path17) => checkPath(convertPath(path17), path17, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path17) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path17) || isNotRelative(path17);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/lazy-deps.ts
import { createRequire as createRequire2 } from "node:module";

// src/code-cache.ts
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
function cacheDir() {
  if (process.env.DLINT_NO_CODE_CACHE) return null;
  const base = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), ".cache") : "");
  return base ? path.join(base, "dlint") : null;
}
function requireCached(file) {
  const source = fs.readFileSync(file, "utf8");
  const dir = cacheDir();
  const stat = fs.statSync(file);
  const key = `${path.basename(path.dirname(file))}-${stat.size}-${Math.trunc(stat.mtimeMs)}-dlint${VERSION}-node${process.version}-${process.arch}`;
  const cacheFile = dir && path.join(dir, `${key}.v8cache`);
  let cachedData;
  try {
    if (cacheFile) cachedData = fs.readFileSync(cacheFile);
  } catch {
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    setImmediate(() => writeCache(dir, cacheFile, script));
  }
  return module.exports;
}
function writeCache(dir, cacheFile, script) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
  }
}

// src/lazy-deps.ts
var esmRequire = typeof __require === "function" ? null : createRequire2(import.meta.url);
function loadMvdanSh() {
  let file = null;
  try {
    file = (esmRequire ?? __require).resolve("mvdan-sh");
  } catch {
  }
  return file ? requireCached(file) : esmRequire ? esmRequire("mvdan-sh") : __require("mvdan-sh");
}
function loadAjv() {
  return esmRequire ? esmRequire("ajv") : __require("ajv");
}
function loadYaml() {
  return esmRequire ? esmRequire("yaml") : __require("yaml");
}
function loadFastGlob() {
  return esmRequire ? esmRequire("fast-glob") : __require("fast-glob");
}
function loadChildProcess() {
  return esmRequire ? esmRequire("node:child_process") : __require("node:child_process");
}
function loadCrypto() {
  return esmRequire ? esmRequire("node:crypto") : __require("node:crypto");
}
function loadWorkerThreads() {
  return esmRequire ? esmRequire("node:worker_threads") : __require("node:worker_threads");
}

// src/knowledge/sources.ts
var ARCHIVE = /\.(tar|tgz|tb2|tbz|tbz2|tlz|tpz|txz|tzst|tZ|gz|bz2|xz|lz|lzma|zst|Z)$/i;
var GIT = /^(git@[^:]+:|git:\/\/|ssh:\/\/)|^https?:\/\/[^#?]+\.git([#?].*)?$/i;
function sourceKind(raw, value) {
  const text = (value ?? raw).replace(/^["']|["']$/g, "");
  if (GIT.test(text)) return "git";
  if (/^(https?|ftp):\/\//i.test(text)) return "url";
  if (ARCHIVE.test(text)) return "archive";
  if (value === null) return "unknown";
  return "local";
}
function gitPinnedToCommit(url) {
  const fragment = url.split("#")[1] ?? "";
  if (/^[0-9a-f]{40}(:.*)?$/i.test(fragment)) return true;
  const query = url.split("#")[0].split("?")[1] ?? "";
  return /(^|&)(commit|checksum)=[0-9a-f]{7,}/i.test(query);
}
function gitRef(url) {
  const fragment = url.split("#")[1];
  if (fragment !== void 0) return fragment.split(":")[0];
  const query = url.split("#")[0].split("?")[1] ?? "";
  return /(?:^|&)(?:ref|tag|branch)=([^&]+)/.exec(query)?.[1] ?? "";
}
var FILE_VERIFIERS = /* @__PURE__ */ new Map([
  ["sha1sum", ["-c", "--check"]],
  ["sha224sum", ["-c", "--check"]],
  ["sha256sum", ["-c", "--check"]],
  ["sha384sum", ["-c", "--check"]],
  ["sha512sum", ["-c", "--check"]],
  ["b2sum", ["-c", "--check"]],
  ["shasum", ["-c", "--check"]],
  ["md5sum", ["-c", "--check"]],
  ["gpg", ["--verify"]],
  ["gpg2", ["--verify"]],
  ["gpgv", []],
  ["minisign", ["-V"]]
]);
var POWERSHELL_HASH_CHECK = /\bGet-FileHash\b[\s\S]*?\s-[ci]?(eq|ne)\b/i;

// src/rule.ts
var DEFAULT_SETTINGS = { trustedRegistries: [], trustedImages: [], labelSchema: {} };
function defineRule(rule) {
  return rule;
}

// src/knowledge/servers.ts
var SERVERS = [
  {
    id: "uvicorn",
    name: "uvicorn",
    invocations: [{ program: "uvicorn" }, { module: "uvicorn" }],
    defaultHost: "loopback",
    defaultPort: 8e3,
    hostFlags: ["--host"],
    portFlags: ["--port"],
    hostEnv: ["UVICORN_HOST"],
    portEnv: ["UVICORN_PORT"],
    noTcpFlags: ["--uds", "--fd"],
    valuedFlags: ["--app-dir", "--env-file", "--log-config", "--log-level", "--workers", "--root-path", "--loop", "--http", "--ws", "--lifespan", "--interface"],
    hostFix: "`--host 0.0.0.0`",
    hostFixArgs: ["--host", "0.0.0.0"]
  },
  {
    id: "gunicorn",
    name: "gunicorn",
    invocations: [{ program: "gunicorn" }, { module: "gunicorn" }],
    defaultHost: "loopback",
    defaultPort: 8e3,
    hostFlags: [],
    portFlags: [],
    bindFlags: ["-b", "--bind"],
    valuedFlags: ["-k", "--worker-class", "-w", "--workers", "--threads", "-t", "--timeout", "--chdir", "--log-level", "--access-logfile", "--error-logfile", "--name", "-n", "--pythonpath", "--env", "-e"],
    argsEnv: ["GUNICORN_CMD_ARGS"],
    configFiles: [
      {
        pathFlags: ["-c", "--config"],
        defaultPath: "gunicorn.conf.py",
        notAFile: /^python:/,
        format: { syntax: "python", address: { key: "bind", syntax: "bind" } }
      }
    ],
    defaultFromEnv: { port: "PORT", host: "0.0.0.0" },
    hostFix: '`--bind 0.0.0.0:8000` (or `bind = "0.0.0.0:8000"` in gunicorn.conf.py)',
    hostFixArgs: ["--bind", "0.0.0.0:{port}"]
  },
  {
    id: "hypercorn",
    name: "hypercorn",
    invocations: [{ program: "hypercorn" }, { module: "hypercorn" }],
    defaultHost: "loopback",
    defaultPort: 8e3,
    hostFlags: [],
    portFlags: [],
    bindFlags: ["-b", "--bind"],
    valuedFlags: ["-k", "--worker-class", "-w", "--workers", "--log-level", "--access-logfile", "--error-logfile", "--root-path"],
    // A TOML or Python config: not read.
    configFiles: [{ pathFlags: ["-c", "--config"] }],
    hostFix: "`--bind 0.0.0.0:8000`",
    hostFixArgs: ["--bind", "0.0.0.0:{port}"]
  },
  {
    id: "fastapi-run",
    name: "fastapi run",
    invocations: [{ program: "fastapi", sub: ["run"] }, { module: "fastapi", sub: ["run"] }],
    defaultHost: "all",
    defaultPort: 8e3,
    hostFlags: ["--host"],
    portFlags: ["--port"],
    valuedFlags: ["--app", "--root-path", "--workers", "--entrypoint", "-e"],
    hostFix: "`--host 0.0.0.0`"
  },
  {
    id: "fastapi-dev",
    name: "fastapi dev",
    invocations: [{ program: "fastapi", sub: ["dev"] }, { module: "fastapi", sub: ["dev"] }],
    defaultHost: "loopback",
    defaultPort: 8e3,
    hostFlags: ["--host"],
    portFlags: ["--port"],
    valuedFlags: ["--app", "--root-path", "--entrypoint", "-e"],
    hostFix: "`--host 0.0.0.0` (or `fastapi run`, which also turns off auto-reload)",
    hostFixArgs: ["--host", "0.0.0.0"]
  },
  {
    id: "flask",
    name: "flask run",
    invocations: [{ program: "flask", sub: ["run"] }, { module: "flask", sub: ["run"] }],
    defaultHost: "loopback",
    defaultPort: 5e3,
    hostFlags: ["--host", "-h"],
    portFlags: ["--port", "-p"],
    hostEnv: ["FLASK_RUN_HOST"],
    portEnv: ["FLASK_RUN_PORT"],
    valuedFlags: ["--app", "-A", "--env-file", "-e", "--cert", "--key", "--extra-files", "--exclude-patterns"],
    // Loaded from its directory when python-dotenv is installed.
    configFiles: [
      { defaultPath: ".flaskenv", format: { syntax: "dotenv", host: "FLASK_RUN_HOST", port: "FLASK_RUN_PORT" }, unreadable: "uncertain" },
      { defaultPath: ".env", format: { syntax: "dotenv", host: "FLASK_RUN_HOST", port: "FLASK_RUN_PORT" }, unreadable: "uncertain" }
    ],
    hostFix: "`--host 0.0.0.0` (or `ENV FLASK_RUN_HOST=0.0.0.0`)",
    hostFixArgs: ["--host", "0.0.0.0"]
  },
  {
    id: "streamlit",
    name: "streamlit",
    invocations: [{ program: "streamlit", sub: ["run"] }, { module: "streamlit", sub: ["run"] }],
    defaultHost: "all",
    defaultPort: 8501,
    hostFlags: ["--server.address"],
    portFlags: ["--server.port"],
    hostEnv: ["STREAMLIT_SERVER_ADDRESS"],
    portEnv: ["STREAMLIT_SERVER_PORT"],
    // .streamlit/config.toml (TOML): not read.
    configFiles: [{ elsewhere: [{ mentions: /\.streamlit/ }, { contextFile: ".streamlit/config.toml" }], unreadable: "uncertain", affects: "port" }],
    hostFix: "`--server.address 0.0.0.0`"
  },
  {
    id: "gradio",
    name: "gradio",
    invocations: [{ program: "gradio" }],
    scriptEnv: ["GRADIO_SERVER_NAME", "GRADIO_SERVER_PORT"],
    defaultHost: "loopback",
    defaultPort: 7860,
    hostFlags: [],
    portFlags: [],
    hostEnv: ["GRADIO_SERVER_NAME"],
    portEnv: ["GRADIO_SERVER_PORT"],
    hostFix: "`ENV GRADIO_SERVER_NAME=0.0.0.0`"
  },
  {
    id: "jupyter",
    name: "jupyter",
    invocations: [
      { program: "jupyter", sub: ["lab"] },
      { program: "jupyter", sub: ["notebook"] },
      { program: "jupyter", sub: ["server"] },
      { program: "jupyter-lab" },
      { program: "jupyter-notebook" },
      { program: "jupyter-server" },
      { module: "jupyter", sub: ["lab"] },
      { module: "jupyter", sub: ["notebook"] },
      { module: "jupyterlab" },
      { module: "notebook" },
      { module: "jupyter_server" }
    ],
    defaultHost: "loopback",
    defaultPort: 8888,
    hostFlags: ["--ip", "--ServerApp.ip", "--NotebookApp.ip", "--LabApp.ip"],
    portFlags: ["--port", "--ServerApp.port", "--NotebookApp.port", "--LabApp.port"],
    portEnv: ["JUPYTER_PORT"],
    valuedFlags: ["--notebook-dir", "--ServerApp.root_dir", "--NotebookApp.notebook_dir", "--log-level"],
    // A Python config (`c.ServerApp.ip = …`): not read.
    configFiles: [{ pathFlags: ["--config"], elsewhere: [{ mentions: /jupyter_\w*config|--generate-config|\.jupyter\// }], unreadable: "uncertain" }],
    // docker-stacks images configure `c.ServerApp.ip = "0.0.0.0"`.
    baseImages: [{ image: /^(quay\.io\/)?jupyter\//, host: "0.0.0.0" }],
    hostFix: "`--ip=0.0.0.0`",
    hostFixArgs: ["--ip=0.0.0.0"]
  },
  {
    id: "tensorboard",
    name: "tensorboard",
    invocations: [{ program: "tensorboard" }, { module: "tensorboard" }, { module: "tensorboard.main" }],
    defaultHost: "loopback",
    defaultPort: 6006,
    hostFlags: ["--host"],
    portFlags: ["--port"],
    allInterfacesFlags: ["--bind_all"],
    valuedFlags: ["--logdir", "--logdir_spec", "--path_prefix", "--reload_interval", "--samples_per_plugin", "--window_title", "--load_fast"],
    hostFix: "`--bind_all` (or `--host 0.0.0.0`)",
    hostFixArgs: ["--bind_all"]
  },
  {
    id: "tritonserver",
    name: "tritonserver",
    invocations: [{ program: "tritonserver" }],
    defaultHost: "all",
    defaultPort: 8e3,
    extraPorts: [8001, 8002],
    hostFlags: ["--http-address"],
    portFlags: ["--http-port"],
    hostFix: "`--http-address 0.0.0.0`"
  },
  {
    id: "vllm",
    name: "vllm serve",
    invocations: [
      { program: "vllm", sub: ["serve"] },
      { module: "vllm.entrypoints.openai.api_server" },
      { module: "vllm.entrypoints.api_server" }
    ],
    defaultHost: "all",
    defaultPort: 8e3,
    hostFlags: ["--host"],
    portFlags: ["--port"],
    // Options whose value is not the model operand of `vllm serve MODEL`.
    valuedFlags: [
      "--model",
      "--tokenizer",
      "--served-model-name",
      "--dtype",
      "--max-model-len",
      "--tensor-parallel-size",
      "-tp",
      "--pipeline-parallel-size",
      "-pp",
      "--gpu-memory-utilization",
      "--quantization",
      "-q",
      "--download-dir",
      "--api-key",
      "--chat-template",
      "--revision",
      "--max-num-seqs",
      "--config"
    ],
    noTcpFlags: ["--uds"],
    hostFix: "`--host 0.0.0.0`"
  },
  {
    id: "text-generation-launcher",
    name: "text-generation-launcher",
    invocations: [{ program: "text-generation-launcher" }],
    defaultHost: "all",
    defaultPort: 3e3,
    hostFlags: ["--hostname"],
    portFlags: ["--port", "-p"],
    portEnv: ["PORT"],
    // `ENV PORT=80` in the official image.
    baseImages: [{ image: /^ghcr\.io\/huggingface\/text-generation-inference$/, port: 80 }],
    hostFix: "`--hostname 0.0.0.0`"
  },
  {
    id: "ollama",
    name: "ollama serve",
    invocations: [{ program: "ollama", sub: ["serve"] }, { program: "ollama", sub: ["start"] }],
    defaultHost: "loopback",
    defaultPort: 11434,
    hostFlags: [],
    portFlags: [],
    addressEnv: [{ name: "OLLAMA_HOST", syntax: "host-url" }],
    // `ENV OLLAMA_HOST=0.0.0.0:11434` in the official image.
    baseImages: [{ image: /^ollama\/ollama$/, host: "0.0.0.0", port: 11434 }],
    hostFix: "`ENV OLLAMA_HOST=0.0.0.0:11434`"
  },
  {
    id: "mlflow",
    name: "mlflow",
    invocations: [
      { program: "mlflow", sub: ["server"] },
      { program: "mlflow", sub: ["ui"] },
      { program: "mlflow", sub: ["models", "serve"] },
      { module: "mlflow", sub: ["server"] },
      { module: "mlflow", sub: ["ui"] },
      { module: "mlflow", sub: ["models", "serve"] }
    ],
    defaultHost: "loopback",
    defaultPort: 5e3,
    hostFlags: ["--host", "-h"],
    portFlags: ["--port", "-p"],
    hostEnv: ["MLFLOW_HOST"],
    portEnv: ["MLFLOW_PORT"],
    valuedFlags: ["--backend-store-uri", "--default-artifact-root", "--artifacts-destination", "--workers", "-w", "-m", "--model-uri", "--env-manager", "--gunicorn-opts", "--uvicorn-opts", "--app-name", "--registry-store-uri", "--static-prefix", "--waitress-opts", "--expose-prometheus", "--timeout", "-t", "--allowed-hosts", "--cors-allowed-origins"],
    hostFix: "`--host 0.0.0.0`",
    hostFixArgs: ["--host", "0.0.0.0"]
  },
  {
    id: "torchserve",
    name: "torchserve",
    invocations: [{ program: "torchserve" }],
    defaultHost: "loopback",
    defaultPort: 8080,
    extraPorts: [8081, 8082, 7070, 7071],
    hostFlags: [],
    portFlags: [],
    valuedFlags: ["--model-store", "--models", "--log-config", "--foreground"],
    notServingFlags: ["--stop"],
    configFiles: [
      {
        pathFlags: ["--ts-config"],
        pathEnv: ["TS_CONFIG_FILE"],
        defaultPath: "config.properties",
        format: { syntax: "java-properties", address: { key: "inference_address", syntax: "url" } },
        // A config written by a RUN, the official image's own (binding 0.0.0.0), or TS_* variables may set the address.
        elsewhere: [{ mentions: /config\.properties|TS_CONFIG_FILE/ }, { env: "TS_INFERENCE_ADDRESS" }, { baseImage: /^pytorch\/torchserve$/ }]
      }
    ],
    hostFix: "`inference_address=http://0.0.0.0:8080` in config.properties (`--ts-config`)"
  },
  {
    id: "bentoml",
    name: "bentoml serve",
    invocations: [{ program: "bentoml", sub: ["serve"] }, { module: "bentoml", sub: ["serve"] }],
    defaultHost: "all",
    defaultPort: 3e3,
    hostFlags: ["--host"],
    portFlags: ["--port", "-p"],
    hostEnv: ["BENTOML_HOST"],
    portEnv: ["BENTOML_PORT"],
    valuedFlags: ["--working-dir", "--api-workers", "--timeout", "--backlog"],
    hostFix: "`--host 0.0.0.0`"
  }
];
var LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|ip6-localhost|::1|\[::1\])$/i;
function isLoopbackHost(host) {
  return LOOPBACK.test(host.trim());
}

// src/knowledge/commands.ts
var APT_VALUED = ["-o", "--option", "-t", "--target-release", "--default-release", "-c", "--config-file", "-a", "--host-architecture"];
var PIP_VALUED = [
  // pip's general options
  "--python",
  "--log",
  "--log-file",
  "--keyring-provider",
  "--proxy",
  "--retries",
  "--timeout",
  "--exists-action",
  "--trusted-host",
  "--cert",
  "--client-cert",
  "--cache-dir",
  "--use-feature",
  "--use-deprecated",
  "--resume-retries",
  // pip install / download / wheel
  "-r",
  "--requirement",
  "--requirements",
  "-c",
  "--constraint",
  "--constraints",
  "-e",
  "--editable",
  "-t",
  "--target",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--root",
  "--prefix",
  "--src",
  "--upgrade-strategy",
  "-C",
  "--config-settings",
  "--global-option",
  "--install-option",
  "--no-binary",
  "--only-binary",
  "--progress-bar",
  "--root-user-action",
  "--report",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "--group",
  "-b",
  "--build",
  "--build-constraint",
  "-d",
  "--dest",
  "-w",
  "--wheel-dir",
  // uv pip, uv tool, pipx
  "--override",
  "--overrides",
  "--excludes",
  "--index",
  "--default-index",
  "--index-strategy",
  "--resolution",
  "--prerelease",
  "--exclude-newer",
  "--config-setting",
  "--python-platform",
  "--link-mode",
  "--reinstall-package",
  "-P",
  "--upgrade-package",
  "--refresh-package",
  "--no-build-package",
  "--no-binary-package",
  "--only-binary-package",
  "--extra",
  "--torch-backend",
  "--directory",
  "--project",
  "--config-file",
  "--color",
  "--allow-insecure-host",
  "--no-build-isolation-package",
  "-p",
  "--fork-strategy",
  "--with-requirements",
  "--with",
  "--with-editable",
  "--from",
  "--suffix",
  "--pip-args",
  "--preinstall",
  "--spec",
  "--python-preference"
];
var NODE_VALUED = [
  "--prefix",
  "--registry",
  "--cache",
  "--userconfig",
  "--globalconfig",
  "--tag",
  "--omit",
  "--include",
  "--loglevel",
  "-w",
  "--workspace",
  "--install-strategy",
  "--before",
  "--location",
  "--fetch-retries",
  "--fetch-retry-mintimeout",
  "--fetch-retry-maxtimeout",
  "--fetch-timeout",
  "--network-timeout",
  "--proxy",
  "--https-proxy",
  "--cafile",
  "--python",
  "--arch",
  "--platform",
  "--os",
  "--cpu",
  "--libc",
  "--maxsockets",
  "--user-agent",
  "--script-shell",
  "--auth-type",
  "--otp",
  "--access",
  "--scope",
  "--save-prefix",
  "--depth",
  "--cache-folder",
  "--modules-folder",
  "--global-folder",
  "--mutex",
  "--link-folder",
  "--cwd",
  "--filter",
  "-F",
  "-C",
  "--dir",
  "--store-dir",
  "--reporter",
  "--virtual-store-dir",
  "--node-linker",
  "--network-concurrency",
  "--child-concurrency",
  "--use-yarnrc"
];
var CONDA_VALUED = [
  "-c",
  "--channel",
  "-n",
  "--name",
  "-p",
  "--prefix",
  "--file",
  "-f",
  "--solver",
  "--repodata-fn",
  "--clone",
  "--subdir",
  "--platform",
  "-r",
  "--root-prefix",
  "--rc-file",
  "--revision",
  "--category",
  "--experimental",
  "--channel-alias",
  "--relocate-prefix",
  "--cwd",
  "--log-level",
  "--channel-priority"
];
var NPM_INSTALL = ["i", "add", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall"];
var TOOLS = [
  {
    tool: "apt",
    programs: ["apt-get", "apt", "xx-apt-get", "xx-apt", "aptitude"],
    valued: APT_VALUED,
    subcommands: true,
    packageInstalls: ["install"],
    dryRun: ["-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act"]
  },
  {
    tool: "apk",
    programs: ["apk", "xx-apk"],
    valued: [
      "-t",
      "--virtual",
      "-X",
      "--repository",
      "--repositories-file",
      "-p",
      "--root",
      "--arch",
      "--cache-dir",
      "--keys-dir",
      "--wait",
      "--cache-max-age",
      "--timeout"
    ],
    subcommands: true,
    packageInstalls: ["add"],
    dryRun: ["-s", "--simulate"]
  },
  {
    tool: "rpm",
    programs: ["yum", "dnf", "dnf5", "microdnf", "tdnf"],
    valued: [
      "--enablerepo",
      "--disablerepo",
      "--setopt",
      "--installroot",
      "--releasever",
      "-c",
      "--config",
      "--repo",
      "--repoid",
      "-x",
      "--exclude",
      "--forcearch",
      "--downloaddir",
      "--destdir",
      "-d",
      "--debuglevel",
      "-e",
      "--errorlevel",
      "--rpmverbosity",
      "--color",
      "--repofrompath",
      "--comment",
      "--advisory",
      "--advisories",
      "--bz",
      "--bzs",
      "--cve",
      "--cves",
      "--sec-severity",
      "--secseverity",
      "--disableplugin",
      "--enableplugin",
      "--platform-id"
    ],
    subcommands: true,
    nested: ["group", "groups", "module"],
    aliases: { in: "install", groupinstall: "group install", "groups install": "group install" },
    packageInstalls: ["install"],
    cacheFills: ["install", "group install", "module install", "localinstall", "reinstall"]
  },
  {
    tool: "zypper",
    programs: ["zypper"],
    valued: [
      "-R",
      "--root",
      "-D",
      "--reposd-dir",
      "-C",
      "--cache-dir",
      "--raw-cache-dir",
      "--solv-cache-dir",
      "--pkg-cache-dir",
      "-c",
      "--config",
      "-t",
      "--type",
      "-r",
      "--repo",
      "--from",
      "--download",
      "-p",
      "--plus-repo",
      "--userdata"
    ],
    subcommands: true,
    aliases: { in: "install", rm: "remove", si: "source-install", up: "update", dup: "dist-upgrade" },
    packageInstalls: ["install"]
  },
  {
    tool: "pip",
    programs: ["pip", "pipx"],
    programPattern: /^pip\d+(\.\d+)*$/,
    valued: PIP_VALUED,
    subcommands: true,
    packageInstalls: ["install"]
  },
  {
    tool: "uv",
    programs: ["uv"],
    valued: [
      ...PIP_VALUED,
      "--only-group",
      "--no-group",
      "--package",
      "--env-file",
      "--no-install-package",
      "--cache-dir"
    ],
    subcommands: true,
    nested: ["pip", "tool"],
    packageInstalls: ["pip install", "tool install"]
  },
  {
    tool: "conda",
    programs: ["conda", "mamba", "micromamba"],
    valued: CONDA_VALUED,
    subcommands: true,
    nested: ["env"],
    aliases: { upgrade: "update" },
    packageInstalls: ["install", "create"],
    cacheFills: ["install", "create", "update", "env create", "env update"],
    dryRun: ["-d", "--dry-run"]
  },
  {
    tool: "npm",
    programs: ["npm"],
    valued: NODE_VALUED,
    booleanValues: true,
    subcommands: true,
    aliases: Object.fromEntries(NPM_INSTALL.map((a) => [a, "install"])),
    packageInstalls: ["install"]
  },
  {
    tool: "yarn",
    programs: ["yarn"],
    valued: NODE_VALUED,
    booleanValues: true,
    subcommands: true,
    nested: ["global"],
    packageInstalls: ["add", "global add"],
    // '' is a bare `yarn`, which installs.
    cacheFills: ["", "install", "add", "global add"]
  },
  {
    tool: "pnpm",
    programs: ["pnpm"],
    valued: NODE_VALUED,
    booleanValues: true,
    subcommands: true,
    aliases: { i: "install" },
    packageInstalls: ["add", "install"]
  },
  {
    tool: "gem",
    programs: ["gem"],
    valued: [
      "-v",
      "--version",
      "-i",
      "--install-dir",
      "-n",
      "--bindir",
      "-s",
      "--source",
      "--platform",
      "-g",
      "--file",
      "--build-root",
      "-P",
      "--trust-policy",
      "--without",
      "--target-rbconfig"
    ],
    dropAfterDoubleDash: true,
    subcommands: true,
    aliases: { i: "install" },
    packageInstalls: ["install"]
  },
  {
    tool: "go",
    programs: ["go", "xx-go"],
    valued: [
      "-ldflags",
      "-gcflags",
      "-asmflags",
      "-gccgoflags",
      "-tags",
      "-o",
      "-mod",
      "-modfile",
      "-p",
      "-buildmode",
      "-compiler",
      "-installsuffix",
      "-pkgdir",
      "-toolexec",
      "-overlay",
      "-pgo",
      "-C",
      "-exec",
      "-coverpkg",
      "-covermode"
    ],
    singleDashLong: true,
    subcommands: true,
    nested: ["mod"],
    packageInstalls: ["install", "get"]
  },
  { tool: "cargo", programs: ["cargo"], valued: ["--manifest-path", "--target", "--root", "--version", "--git", "--branch", "--tag", "--rev", "-j", "--jobs", "--features", "-F", "-p", "--package"], subcommands: true },
  { tool: "poetry", programs: ["poetry"], valued: ["--with", "--without", "--only", "-E", "--extras", "-C", "--directory", "-P", "--project"], subcommands: true },
  { tool: "pipenv", programs: ["pipenv"], valued: ["--python"], subcommands: true },
  {
    tool: "bundle",
    programs: ["bundle", "bundler"],
    valued: ["--gemfile", "--path", "--jobs", "-j", "--retry", "--without", "--with", "--binstubs", "--shebang", "--standalone", "--trust-policy"],
    subcommands: true
  },
  { tool: "composer", programs: ["composer"], valued: ["-d", "--working-dir"], subcommands: true },
  {
    tool: "curl",
    programs: ["curl"],
    valued: [
      "-o",
      "--output",
      "-d",
      "--data",
      "--data-raw",
      "--data-binary",
      "--data-urlencode",
      "-H",
      "--header",
      "-u",
      "--user",
      "-X",
      "--request",
      "-A",
      "--user-agent",
      "-e",
      "--referer",
      "-b",
      "--cookie",
      "-c",
      "--cookie-jar",
      "-F",
      "--form",
      "-T",
      "--upload-file",
      "-x",
      "--proxy",
      "-m",
      "--max-time",
      "--connect-timeout",
      "--retry",
      "--retry-delay",
      "--retry-max-time",
      "-w",
      "--write-out",
      "-K",
      "--config",
      "-r",
      "--range",
      "-z",
      "--time-cond",
      "--cacert",
      "--capath",
      "-E",
      "--cert",
      "--key",
      "--output-dir",
      "--resolve",
      "--url",
      "-C",
      "--continue-at",
      "--limit-rate",
      "--max-filesize",
      "--proto",
      "--proto-redir",
      "--interface",
      "--dns-servers",
      "--netrc-file",
      "-Y",
      "--speed-limit",
      "-y",
      "--speed-time",
      "--expect100-timeout",
      "--ciphers",
      "--tls-max",
      "--oauth2-bearer",
      "-D",
      "--dump-header",
      "-P",
      "--ftp-port",
      "-Q",
      "--quote",
      "-t",
      "--telnet-option",
      "-U",
      "--proxy-user"
    ]
  },
  {
    tool: "wget",
    programs: ["wget"],
    // `-n` takes its letter glued on: `-nv`, `-nc`, `-nd`.
    valued: [
      "-O",
      "-o",
      "-a",
      "-i",
      "-B",
      "-e",
      "-P",
      "-t",
      "-T",
      "-w",
      "-U",
      "-Q",
      "-l",
      "-A",
      "-R",
      "-D",
      "-I",
      "-X",
      "-Y",
      "-n",
      "--output-document",
      "--output-file",
      "--append-output",
      "--directory-prefix",
      "--tries",
      "--timeout",
      "--user-agent",
      "--header",
      "--user",
      "--password",
      "--http-user",
      "--http-password",
      "--input-file",
      "--execute",
      "--quota",
      "--wait",
      "--progress",
      "--limit-rate",
      "--ca-certificate",
      "--ca-directory",
      "--certificate",
      "--private-key",
      "--base",
      "--post-data",
      "--post-file",
      "--load-cookies",
      "--save-cookies",
      "--method",
      "--body-data",
      "--body-file",
      "--level",
      "--accept",
      "--reject",
      "--domains",
      "--exclude-domains",
      "--include-directories",
      "--exclude-directories",
      "--referer",
      "--dns-timeout",
      "--connect-timeout",
      "--read-timeout",
      "--bind-address"
    ]
  },
  {
    tool: "useradd",
    programs: ["useradd", "groupadd", "usermod"],
    valued: [
      "-u",
      "--uid",
      "-g",
      "--gid",
      "-G",
      "--groups",
      "-d",
      "--home-dir",
      "-s",
      "--shell",
      "-c",
      "--comment",
      "-b",
      "--base-dir",
      "-e",
      "--expiredate",
      "-f",
      "--inactive",
      "-k",
      "--skel",
      "-K",
      "--key",
      "-p",
      "--password",
      "-R",
      "--root",
      "-P",
      "--prefix",
      "-Z",
      "--selinux-user",
      "--btrfs-subvolume-home"
    ]
  },
  {
    tool: "adduser",
    programs: ["adduser", "addgroup"],
    // Debian's adduser and BusyBox's share these spellings; BusyBox's `-u UID`, Debian's `--uid UID`.
    valued: ["-u", "--uid", "-g", "--gid", "-G", "--ingroup", "-h", "--home", "-s", "--shell", "--gecos", "-k", "--firstuid", "--lastuid", "--conf"]
  },
  {
    tool: "python",
    programs: ["python", "pypy"],
    programPattern: /^(python|pypy)\d+(\.\d+)*$/,
    valued: ["-W", "-X", "-Q", "-c", "-m"]
  },
  { tool: "rm", programs: ["rm"], valued: [] },
  { tool: "cd", programs: ["cd", "pushd"], valued: [] },
  { tool: "set", programs: ["set"], valued: ["-o", "+o"] },
  // Text filters: their valued options, so that `cut -d ' ' -f 2` has no operand (shell-pipefail asks for files read).
  { tool: "cut", programs: ["cut"], valued: ["-b", "-c", "-d", "-f", "--bytes", "--characters", "--delimiter", "--fields", "--output-delimiter"] },
  { tool: "head", programs: ["head", "tail"], valued: ["-n", "-c", "--lines", "--bytes", "-s", "--sleep-interval", "--pid"] },
  {
    tool: "sort",
    programs: ["sort"],
    valued: ["-k", "--key", "-t", "--field-separator", "-o", "--output", "-S", "--buffer-size", "-T", "--temporary-directory", "--parallel", "--batch-size", "--files0-from"]
  },
  { tool: "uniq", programs: ["uniq"], valued: ["-f", "-s", "-w", "--skip-fields", "--skip-chars", "--check-chars"] },
  { tool: "sed", programs: ["sed", "gsed"], valued: ["-e", "--expression", "-f", "--file", "-l", "--line-length"] },
  { tool: "awk", programs: ["awk", "gawk", "mawk"], valued: ["-F", "--field-separator", "-v", "--assign", "-f", "--file"] }
];
var LAUNCHERS = [
  { programs: ["sudo"], valued: ["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "--user", "--group", "--close-from", "--chdir", "--host", "--prompt", "--role", "--type", "--other-user"] },
  {
    programs: ["xargs"],
    valued: ["-a", "-d", "-E", "-e", "-I", "-i", "-L", "-l", "-n", "-P", "-s", "--arg-file", "--delimiter", "--max-args", "--max-procs", "--replace", "--max-lines", "--max-chars", "--eof"]
  },
  { programs: ["env"], valued: ["-u", "-C", "-S", "--unset", "--chdir", "--split-string"], assignments: true },
  { programs: ["nice"], valued: ["-n", "--adjustment"] },
  { programs: ["nohup", "eatmydata", "chronic", "ddtrace-run", "ionice", "setsid", "catchsegv"], valued: ["-c", "-n", "-t", "--class", "--classdata"] },
  { programs: ["exec"], valued: ["-a"] },
  { programs: ["command"], valued: [], runsNothingWith: ["-v", "-V"] },
  { programs: ["time"], valued: ["-f", "-o", "--format", "--output"] },
  { programs: ["stdbuf"], valued: ["-i", "-o", "-e", "--input", "--output", "--error"] },
  { programs: ["gosu", "su-exec"], valued: [], operands: 1 },
  { programs: ["timeout"], valued: ["-s", "-k", "--signal", "--kill-after"], operands: 1 },
  { programs: ["tini", "tini-static"], valued: ["-p", "-e"] },
  { programs: ["dumb-init"], valued: ["-r", "--rewrite"] },
  { programs: ["ddtrace"], valued: [] },
  { programs: ["opentelemetry-instrument"], valued: [], longOptionsTakeValue: true },
  { programs: ["newrelic-admin"], valued: [], sub: "run-program" },
  { programs: ["conda", "mamba", "micromamba"], valued: ["-n", "--name", "-p", "--prefix", "--cwd", "--live-stream", "-r", "--root-prefix", "--rc-file", "--log-level"], sub: "run" },
  {
    programs: ["uv"],
    valued: [
      "--with",
      "--with-editable",
      "--with-requirements",
      "--python",
      "-p",
      "--extra",
      "--group",
      "--only-group",
      "--package",
      "--env-file",
      "--directory",
      "--project",
      "--index",
      "--index-url",
      "--extra-index-url",
      "--default-index",
      "--cache-dir",
      "--no-group",
      "--config-file",
      "--color"
    ],
    sub: "run"
  },
  { programs: ["poetry"], valued: ["-C", "--directory", "-P", "--project"], sub: "run" },
  { programs: ["pipenv", "rye"], valued: ["--python"], sub: "run" },
  { programs: ["pdm"], valued: ["-p", "--project"], sub: "run" },
  { programs: ["hatch"], valued: ["-e", "--env"], sub: "run" },
  {
    programs: ["python", "pypy"],
    programPattern: /^(python|pypy)\d+(\.\d+)*$/,
    valued: ["-W", "-X", "-Q", "-c", "-m"],
    moduleOption: "-m",
    runsNothingWith: ["-c"]
  }
];
function serverGrammars() {
  const valued = /* @__PURE__ */ new Map();
  for (const spec of SERVERS) {
    const flags = serverGrammar(spec).valued;
    for (const inv of spec.invocations) {
      const name = inv.program ?? inv.module;
      const set = valued.get(name) ?? /* @__PURE__ */ new Set();
      for (const f of flags) set.add(f);
      valued.set(name, set);
    }
  }
  return [...valued].map(([name, flags]) => ({ tool: `server:${name}`, programs: [name], valued: [...flags] }));
}
function serverGrammar(spec) {
  const valued = [
    ...spec.valuedFlags ?? [],
    ...spec.hostFlags,
    ...spec.portFlags,
    ...spec.bindFlags ?? [],
    ...(spec.configFiles ?? []).flatMap((f) => f.pathFlags ?? [])
  ];
  return { tool: `server:${spec.id}`, programs: spec.invocations.map((i) => i.program ?? i.module), valued };
}
function byProgram(table) {
  const index = /* @__PURE__ */ new Map();
  for (const entry of table) for (const p of entry.programs) if (!index.has(p)) index.set(p, entry);
  const patterns = table.filter((e) => e.programPattern);
  return (name) => index.get(name) ?? patterns.find((e) => e.programPattern.test(name)) ?? null;
}
var toolOf = byProgram([...TOOLS, ...serverGrammars()]);
var BY_TOOL = new Map(TOOLS.map((t) => [t.tool, t]));
function grammarOfTool(tool) {
  return BY_TOOL.get(tool) ?? null;
}
var launcherOf = byProgram(LAUNCHERS);

// src/knowledge/word-splitting.ts
var LIST_COMMANDS = [
  { tool: "apt", subcommands: ["install", "remove", "purge", "build-dep", "source", "download", "markauto", "unmarkauto"], why: "Debian package names hold no blank." },
  { programs: ["apt-mark"], subcommands: ["manual", "auto", "hold", "unhold", "minimize-manual"], why: "the docker-library idiom `apt-mark manual $savedAptMark` re-marks a saved package list." },
  { programs: ["dpkg"], why: "package names and `.deb` files (`dpkg --purge $pkgs`)." },
  { tool: "apk", subcommands: ["add", "del", "fix", "info", "fetch"], why: "Alpine package names hold no blank (`apk add $runDeps`)." },
  { tool: "rpm", subcommands: ["install", "remove", "erase", "reinstall", "upgrade", "update", "downgrade", "localinstall", "group install", "module install", "module enable", "builddep"], why: "RPM package names hold no blank." },
  { tool: "zypper", subcommands: ["install", "remove"], why: "RPM package names hold no blank." },
  { tool: "pip", subcommands: ["install", "uninstall", "download", "wheel"], why: "requirement specifiers hold no blank." },
  { tool: "uv", subcommands: ["pip install", "pip uninstall", "add", "remove", "tool install"], why: "requirement specifiers hold no blank." },
  { tool: "conda", subcommands: ["install", "create", "remove", "uninstall", "update"], why: "conda package specs hold no blank." },
  { tool: "npm", subcommands: ["install", "uninstall"], why: "npm package specs hold no blank." },
  { tool: "yarn", subcommands: ["add", "global add", "remove"], why: "npm package specs hold no blank." },
  { tool: "pnpm", subcommands: ["add", "install", "remove"], why: "npm package specs hold no blank." },
  { tool: "gem", subcommands: ["install", "uninstall"], why: "gem names hold no blank." },
  { tool: "go", subcommands: ["install", "get", "build", "test", "vet"], why: "Go package paths hold no blank." },
  { programs: ["docker-php-ext-install", "docker-php-ext-enable", "pecl"], why: "PHP extension names hold no blank (the php image's helpers)." },
  { programs: ["cpanm"], why: "Perl module names hold no blank." }
];
var LIST_NAME_PARTS = {
  OPT: "options",
  OPTS: "options",
  OPTION: "options",
  OPTIONS: "options",
  FLAG: "flags",
  FLAGS: "flags",
  ARG: "arguments",
  ARGS: "arguments",
  PARAMS: "parameters",
  EXTRA: "extra arguments",
  DEPS: "dependencies",
  PACKAGES: "packages",
  PKGS: "packages"
};
var ONE_WORD_NAME_PARTS = {
  VERSION: "a version",
  VER: "a version",
  RELEASE: "a release",
  REVISION: "a revision",
  TAG: "a tag",
  SHA: "a digest",
  SHA256: "a digest",
  COMMIT: "a commit",
  REF: "a git ref",
  BRANCH: "a git branch",
  ARCH: "an architecture"
};
var OPTION_NAME_PARTS = /* @__PURE__ */ new Set(["OPT", "OPTS", "OPTION", "OPTIONS", "FLAG", "FLAGS", "ARG", "ARGS", "PARAMS", "EXTRA"]);
var ONE_WORD_OUTPUTS = [
  { programs: ["nproc"], why: "a count of processors." },
  { programs: ["getconf"], why: "one configuration value (`_NPROCESSORS_ONLN`)." },
  { programs: ["id"], oneOf: ["-u", "-g", "--user", "--group"], why: "one user or group id." },
  { programs: ["whoami", "arch"], why: "a user name, a machine name." },
  { programs: ["uname"], oneOf: ["-m", "-r", "-s", "-p", "-i", "-o", "-n", "--machine", "--kernel-release", "--kernel-name", "--processor", "--hardware-platform", "--operating-system", "--nodename"], why: "one field of the system's name." },
  { programs: ["dpkg"], oneOf: ["--print-architecture"], why: "a Debian architecture name." },
  { programs: ["dpkg-architecture"], oneOf: ["-q", "--query"], why: "one architecture variable." },
  { programs: ["apk"], oneOf: ["--print-arch"], why: "an Alpine architecture name." },
  { programs: ["lsb_release"], oneOf: ["-c", "-r", "-i", "--codename", "--release", "--id"], with: ["-s", "--short"], why: "a distribution codename, release or id." },
  { programs: ["which"], why: "the path of a program on PATH, whose folders hold no blank in an image." },
  { programs: ["mktemp"], why: "a path under /tmp, made of the template's characters." }
];
var ONE_WORD_FILTERS = /* @__PURE__ */ new Set(["cut", "tr", "sed", "head", "tail", "sort", "uniq", "rev"]);
var NEVER_FAILS = {
  mktemp: "makes a name under /tmp",
  nproc: "counts processors",
  uname: "reads the kernel name",
  arch: "reads the machine name",
  whoami: "reads the current user",
  pwd: "reads the current folder",
  date: "reads the clock",
  getconf: "reads a system value"
};
var SILENT_PROGRAMS = /* @__PURE__ */ new Set(["test", "[", "[[", "true", "false", ":"]);

// src/model/words.ts
var SPECIAL = /* @__PURE__ */ new Set(["@", "*", "#", "?", "-", "$", "!", "0"]);
function isNameChar(c) {
  return c === "_" || /[\p{L}\p{N}]/u.test(c);
}
var Lexer = class {
  constructor(text, scope, escape3, options) {
    this.text = text;
    this.scope = scope;
    this.escape = escape3;
    this.options = options;
  }
  text;
  scope;
  escape;
  options;
  pos = 0;
  unresolved = [];
  variables = [];
  depth = 0;
  /** Reads up to `stop` (consumed) or the end; returns the processed text. */
  word(stop) {
    let out = "";
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (stop !== null && c === stop) {
        this.pos++;
        return out;
      }
      if (c === "$") out += this.dollar();
      else if (c === "'" && !this.options.keepQuotes) out += this.singleQuoted();
      else if (c === '"' && !this.options.keepQuotes) out += this.doubleQuoted();
      else if (c === this.escape) {
        this.pos++;
        if (this.pos < this.text.length) out += this.text[this.pos++];
      } else {
        out += c;
        this.pos++;
      }
    }
    return out;
  }
  singleQuoted() {
    const close = this.text.indexOf("'", this.pos + 1);
    const end = close < 0 ? this.text.length : close;
    const s = this.text.slice(this.pos + 1, end);
    this.pos = close < 0 ? end : end + 1;
    return s;
  }
  doubleQuoted() {
    let out = "";
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === "$") {
        out += this.dollar();
        continue;
      }
      this.pos++;
      if (c === this.escape) {
        const next = this.text[this.pos];
        if (next === '"' || next === "$" || next === this.escape) {
          out += next;
          this.pos++;
          continue;
        }
      }
      out += c;
    }
    return out;
  }
  name() {
    const start = this.pos;
    const first = this.text[this.pos];
    if (first === void 0) return "";
    if (/[0-9]/.test(first)) {
      while (this.pos < this.text.length && /[0-9]/.test(this.text[this.pos])) this.pos++;
      return this.text.slice(start, this.pos);
    }
    if (SPECIAL.has(first)) {
      this.pos++;
      return first;
    }
    while (this.pos < this.text.length && isNameChar(this.text[this.pos])) this.pos++;
    return this.text.slice(start, this.pos);
  }
  dollar() {
    const start = this.pos;
    this.pos++;
    const nested = this.depth > 0;
    if (this.text[this.pos] !== "{") {
      const name2 = this.name();
      if (!name2) return "$";
      this.variables.push({ name: name2, modifier: "", start, end: this.pos, nested });
      return this.lookup(name2, this.text.slice(start, this.pos));
    }
    this.pos++;
    const name = this.name();
    const index = this.variables.length;
    const ref = { name, modifier: "", start, end: start, nested };
    if (name) this.variables.push(ref);
    let modifier = "";
    let word2 = "";
    const mark = this.unresolved.length;
    const c = this.text[this.pos];
    if (c === "}") this.pos++;
    else if (c === ":" || c === "+" || c === "-" || c === "?" || c === "#" || c === "%") {
      modifier = c;
      this.pos++;
      if (c === ":") modifier += this.text[this.pos++] ?? "";
      if ((c === "#" || c === "%") && this.text[this.pos] === c) {
        modifier += c;
        this.pos++;
      }
      this.depth++;
      word2 = this.word("}");
      this.depth--;
    } else if (c === "/") {
      modifier = "/";
      this.pos++;
      if (this.text[this.pos] === "/") {
        modifier = "//";
        this.pos++;
      }
      this.depth++;
      this.word("/");
      word2 = this.word("}");
      this.depth--;
    } else {
      const close = this.text.indexOf("}", this.pos);
      this.pos = close < 0 ? this.text.length : close + 1;
      if (name) this.variables.splice(index, 1);
      return this.text.slice(start, this.pos);
    }
    ref.modifier = modifier;
    ref.end = this.pos;
    const raw = this.text.slice(start, this.pos);
    if (!name) return raw;
    const k = this.known(name);
    if (k.known && !this.usesWord(name, modifier, k.value)) this.unresolved.length = mark;
    return this.apply(name, modifier, word2, raw);
  }
  /** Whether the modifier's word ends up in the value (its unknowns then matter). */
  usesWord(name, modifier, value) {
    const set = this.scope.get(name) !== void 0;
    switch (modifier) {
      case ":-":
        return !set || value === "";
      case "-":
        return !set;
      case ":+":
        return set && value !== "";
      case "+":
        return set;
      case "":
      case ":?":
      case "?":
        return false;
      default:
        return true;
    }
  }
  known(name) {
    const declared = this.scope.has(name);
    const value = this.scope.get(name);
    const known2 = value !== void 0 || !declared && this.options.undeclaredIsEmpty === true;
    return { known: known2, declared, value: value ?? "" };
  }
  lookup(name, raw) {
    const k = this.known(name);
    if (k.known) return k.value;
    this.unresolved.push(name);
    return raw;
  }
  apply(name, modifier, word2, raw) {
    const k = this.known(name);
    if (!k.known) {
      this.unresolved.push(name);
      return raw;
    }
    const set = k.declared && this.scope.get(name) !== void 0;
    switch (modifier) {
      case "":
      case ":?":
      case "?":
        return k.value;
      case ":-":
        return set && k.value !== "" ? k.value : word2;
      case "-":
        return set ? k.value : word2;
      case ":+":
        return set && k.value !== "" ? word2 : "";
      case "+":
        return set ? word2 : "";
      default:
        this.unresolved.push(name);
        return raw;
    }
  }
};
function processWord(text, scope, options = {}) {
  const lexer = new Lexer(text, scope, options.escapeChar ?? "\\", options);
  const value = lexer.word(null);
  return { value, unresolved: lexer.unresolved, variables: lexer.variables };
}

// src/model/empty.ts
var EMPTY = Object.freeze([]);
function orEmpty(list) {
  return list.length ? list.slice() : EMPTY;
}

// src/shell/options.ts
function scanOptions(words, grammar) {
  const options = [];
  const positional = [];
  let endOfOptions = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const v = w.value;
    if (endOfOptions || !v.startsWith("-") || v === "-") {
      if (grammar.stopAtOperand) return { options, positional: words.slice(i), end: i };
      positional.push(w);
      continue;
    }
    if (v === "--") {
      if (grammar.dropAfterDoubleDash) break;
      if (grammar.stopAtOperand) return { options, positional: words.slice(i + 1), end: i + 1 };
      endOfOptions = true;
      continue;
    }
    if (v.startsWith("--") || grammar.singleDashLong) {
      const eq = v.indexOf("=");
      let name = eq < 0 ? v : v.slice(0, eq);
      if (grammar.singleDashLong && name.startsWith("--")) name = name.slice(1);
      if (eq >= 0) options.push({ name, value: v.slice(eq + 1), word: w, valueWord: w });
      else if (grammar.valued.has(name) || grammar.longOptionsTakeValue && name.startsWith("--")) {
        const next = words[++i] ?? null;
        options.push({ name, value: next?.value ?? null, word: w, valueWord: next });
      } else if (grammar.booleanValues && /^(true|false)$/.test(words[i + 1]?.value ?? "")) {
        const next = words[++i];
        options.push({ name, value: next.value, word: w, valueWord: next });
      } else options.push({ name, value: null, word: w, valueWord: null });
      continue;
    }
    for (let k = 1; k < v.length; k++) {
      const name = `-${v[k]}`;
      if (v[k + 1] === "=") {
        options.push({ name, value: v.slice(k + 2), word: w, valueWord: w });
        break;
      }
      if (!grammar.valued.has(name)) {
        options.push({ name, value: null, word: w, valueWord: null });
        continue;
      }
      const glued = v.slice(k + 1).replace(/^=/, "");
      const next = glued ? w : words[++i] ?? null;
      options.push({ name, value: glued || (next?.value ?? null), word: w, valueWord: next });
      break;
    }
  }
  return { options, positional, end: words.length };
}

// src/shell/invocation.ts
function programName(word2) {
  if (word2.literal) return word2.value.split("/").pop() ?? word2.value;
  const last = word2.value.split("/").pop();
  return word2.value.includes("/") && /^[\w.+-]+$/.test(last) ? last : null;
}
function reassigns(name, script) {
  return new RegExp(`(^|[^\\w$])${name}=|\\bfor\\s+${name}\\b|\\bread\\b[^;&|\\n]*\\b${name}\\b`).test(script);
}
var reassigned = /* @__PURE__ */ new WeakMap();
function reassignsIn(name, context) {
  let byName = reassigned.get(context);
  if (!byName) reassigned.set(context, byName = /* @__PURE__ */ new Map());
  let yes = byName.get(name);
  if (yes === void 0) {
    yes = reassigns(name, context.scriptText);
    byName.set(name, yes);
  }
  return yes;
}
function resolveWords(words, context) {
  let opaqueOptions = false;
  const out = [];
  for (const w of words) {
    if (w.literal || !context) {
      out.push(w);
      continue;
    }
    const e = /\$\(|`|\$\{?[0-9@*#?$!-]/.test(w.value) ? null : processWord(w.value, context.scope, { keepQuotes: true });
    const known2 = e && e.unresolved.length === 0 && !e.value.includes("$") && !e.variables.some((r) => reassignsIn(r.name, context));
    if (!known2) {
      const names = e?.variables.map((r) => r.name) ?? [];
      if (names.some((n) => n.toUpperCase().split("_").some((part2) => OPTION_NAME_PARTS.has(part2)))) opaqueOptions = true;
      out.push(w);
      continue;
    }
    const pieces = w.quoted ? [e.value] : e.value.split(/\s+/).filter(Boolean);
    for (const value of pieces) out.push({ ...w, value, literal: true });
  }
  return { words: out, opaqueOptions };
}
var grammars = /* @__PURE__ */ new WeakMap();
function optionGrammar(g, extra = {}) {
  let cached = grammars.get(g);
  if (!cached) {
    const tool = g;
    cached = {
      valued: new Set(g.valued),
      singleDashLong: tool.singleDashLong,
      dropAfterDoubleDash: tool.dropAfterDoubleDash,
      booleanValues: tool.booleanValues,
      longOptionsTakeValue: g.longOptionsTakeValue
    };
    grammars.set(g, cached);
  }
  return Object.keys(extra).length ? { ...cached, ...extra } : cached;
}
function readInvocation(argv, launchers, opaqueOptions, given) {
  const program = programName(argv[0]);
  const grammar = given ?? (program ? toolOf(program) : null);
  const args = argv.slice(1);
  if (!grammar) {
    const { options: options2, positional: positional2 } = scanOptions(args, { valued: /* @__PURE__ */ new Set() });
    return { tool: null, program, path: EMPTY, subcommand: null, options: orEmpty(options2), operands: orEmpty(positional2), launchers, opaqueOptions, dryRun: false, args };
  }
  const { options, positional } = scanOptions(args, optionGrammar(grammar));
  const path17 = [];
  if (grammar.subcommands && positional[0]?.literal) {
    path17.push(positional[0]);
    if (grammar.nested?.includes(positional[0].value) && positional[1]?.literal) path17.push(positional[1]);
  }
  const written = path17.map((w) => w.value).join(" ");
  const aliases = grammar.aliases ?? {};
  const subcommand = path17.length === 0 ? null : aliases[written] ?? (path17.length > 1 && aliases[path17[0].value] ? `${aliases[path17[0].value]} ${path17.slice(1).map((w) => w.value).join(" ")}` : written);
  const dryRun = options.some((o) => grammar.dryRun?.includes(o.name) ?? false);
  return { tool: grammar.tool, program, path: orEmpty(path17), subcommand, options: orEmpty(options), operands: orEmpty(positional.slice(path17.length)), launchers, opaqueOptions, dryRun, args };
}
var PYTHON_VARIABLE = /^(\$\{?\w+\}?|(.*\/)?python[\w.${}]*)$/;
function launchedCommand(cmd, words = cmd.args) {
  const first = cmd.argv[0];
  const name = programName(first);
  const launcher = name ? launcherOf(name) : !first.literal && PYTHON_VARIABLE.test(first.value) ? LAUNCHERS.find((l) => l.moduleOption) : null;
  if (!launcher) return null;
  const label = name ?? first.value;
  let rest = words.slice();
  const assignments = [];
  const grammar = optionGrammar(launcher, { stopAtOperand: true });
  let scanned = scanOptions(rest, grammar);
  if (launcher.runsNothingWith && scanned.options.some((o) => launcher.runsNothingWith.includes(o.name))) return null;
  if (launcher.moduleOption) {
    const module = scanned.options.find((o) => o.name === launcher.moduleOption);
    if (!module?.value || !module.valueWord) return null;
    const word2 = { ...module.valueWord, value: module.value };
    const after = rest.indexOf(module.valueWord) + 1;
    return { argv: [word2, ...rest.slice(after)], assignments, label: `${label} -m`, module: true };
  }
  if (launcher.sub) {
    if (scanned.positional[0]?.value !== launcher.sub) return null;
    rest = scanned.positional.slice(1);
    scanned = scanOptions(rest, grammar);
  }
  rest = scanned.positional;
  if (launcher.assignments) {
    while (rest.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[0].value)) {
      const v = rest[0].value;
      assignments.push({ name: v.slice(0, v.indexOf("=")), value: v.slice(v.indexOf("=") + 1) });
      rest = scanOptions(rest.slice(1), grammar).positional;
    }
  }
  rest = rest.slice(launcher.operands ?? 0);
  if (rest.length === 0) return null;
  return { argv: rest, assignments, label: launcher.sub ? `${label} ${launcher.sub}` : label, module: false };
}
function hasOption(inv, ...names) {
  return inv.options.some((o) => names.includes(o.name));
}
function optionValue(inv, ...names) {
  return inv.options.find((o) => names.includes(o.name))?.value ?? null;
}
function optionValues(inv, ...names) {
  return inv.options.filter((o) => names.includes(o.name) && o.value !== null).map((o) => ({ value: o.value, word: o.valueWord ?? o.word }));
}
function isCall(inv, tool, ...subcommands) {
  return inv.tool === tool && (subcommands.length === 0 || inv.subcommand !== null && subcommands.includes(inv.subcommand));
}
function programRange(cmd) {
  const program = cmd.argv[0].range;
  const module = cmd.invocation.launchers[cmd.invocation.launchers.length - 1]?.endsWith(" -m") ?? false;
  return { start: module ? cmd.range.start : program.start, end: program.end };
}
function subcommandWord(inv, cmd) {
  return inv.path[inv.path.length - 1] ?? cmd.argv[0];
}
function knownValue(word2) {
  return word2.literal ? [word2.value] : [];
}
function readArguments(words, grammar) {
  const none2 = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return readInvocation([{ value: grammar.programs[0] ?? "", literal: true, quoted: false, range: none2 }, ...words], [], false, grammar);
}

// rules/add-remote-url.ts
var add_remote_url_default = defineRule({
  meta: {
    id: "add-remote-url",
    category: "security",
    severity: "warning",
    preset: "recommended",
    description: "`ADD <url>` without `--checksum`, or `ADD` of a git repository not pinned to a commit.",
    docs: {
      why: '`ADD https://…` puts whatever the server returns today into the image, unverified: a compromised or changed download goes unnoticed and the build is not reproducible. Pin it with `--checksum=sha256:<digest>` (BuildKit verifies it), or download in a `RUN` and check the hash there. A later `RUN` of the same stage that checks the downloaded file (`echo "<sha256>  /tini" | sha256sum -c -`, `gpg --verify`, or PowerShell\'s `(Get-FileHash /bin/app.exe).Hash -ne $Env:APP_SHA256`) counts as verification. A git source (`ADD https://github.com/org/repo.git#v1.2 /src`) follows a branch or tag unless it names a commit: use `#<commit sha>` or `--checksum=<commit sha>`.',
      bad: "ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\nADD https://github.com/org/models.git#main /models",
      good: "ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\nADD https://github.com/org/models.git#4f2c9a1e7d3b5c8a9e0f1d2c3b4a5968778695a4 /models"
    },
    fixable: false,
    covers: ["CKV_DOCKER_4"],
    tags: ["security"]
  },
  check({ model, report }) {
    for (const ins of model.instructionsWithTriggers) {
      if (ins.keyword !== "ADD" || !ins.copy) continue;
      if (ins.flags.some((f) => f.name.toLowerCase() === "checksum" && f.value)) continue;
      for (const source of ins.copy.sources) {
        const kind = sourceKind(source.raw, source.value);
        if (kind === "url") {
          if (verifiedLater(ins, source)) continue;
          report({
            range: source.range,
            message: `\`ADD ${source.raw}\` downloads without verifying the content; add \`--checksum=sha256:<digest>\` (or download and check the hash in a RUN).`
          });
        } else if (kind === "git") {
          const url = source.value ?? source.raw;
          if (gitPinnedToCommit(url)) continue;
          const ref = gitRef(url);
          report({
            range: source.range,
            message: `\`ADD ${source.raw}\` fetches ${ref ? `the branch or tag \`${ref}\`` : "the default branch"}, which can move; pin it to a commit with \`#<commit sha>\` or \`--checksum=<commit sha>\`.`
          });
        }
      }
    }
  }
});
function verifiedLater(add, source) {
  const dest = add.copy?.dest?.value;
  const url = source.value;
  if (!add.stage || !dest || !url || add.onbuild) return false;
  const fileName = url.replace(/[?#].*$/, "").split("/").pop() ?? "";
  const absolute = dest.startsWith("/") ? dest : `${(add.state.workdir ?? "/").replace(/\/?$/, "/")}${dest}`;
  const path17 = absolute.endsWith("/") ? `${absolute}${fileName}` : absolute;
  const folder = path17.slice(0, path17.lastIndexOf("/")) || "/";
  const name = path17.slice(path17.lastIndexOf("/") + 1);
  const names = new RegExp(`(^|[\\s"'*=])(${escape(path17)}|\\./${escape(name)}|${escape(name)})(?=$|[\\s"'])`);
  return add.stage.instructions.some((ins) => {
    if (ins.index <= add.index || ins.keyword !== "RUN") return false;
    const verifies = ins.script?.commands.some((c) => {
      const options = c.name === null ? void 0 : FILE_VERIFIERS.get(c.name);
      return options !== void 0 && (options.length === 0 || hasOption(c.invocation, ...options));
    }) || POWERSHELL_HASH_CHECK.test(ins.argsText);
    if (!verifies) return false;
    const m = names.exec(ins.argsText);
    return m !== null && (m[2] === path17 || (ins.state.workdir ?? "/").replace(/(.)\/$/, "$1") === folder);
  });
}
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/model/run-edits.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);
function textAt(model, range) {
  return model.text.slice(model.lineIndex.offset(range.start), model.lineIndex.offset(range.end));
}
function insertAfterWord(model, word2, text) {
  if (word2.quoted || textAt(model, word2.range) !== word2.value) return null;
  return { range: { start: word2.range.end, end: word2.range.end }, text: ` ${text}` };
}
function programText(model, command2) {
  const word2 = command2.argv[0];
  return word2 && !word2.quoted && textAt(model, word2.range) === word2.value ? word2.value : null;
}
function runAsPrefix(command2) {
  const by = command2.wrappedBy;
  if (by === null || by === "env" || SHELLS.has(by)) return "";
  return by === "sudo" ? "sudo " : null;
}
function lastStatement(ins) {
  const run = ins.run;
  const script = run?.script;
  if (!run || run.execForm || run.shellKind !== "posix" || !script || script.error) return null;
  const last = script.statements[script.statements.length - 1];
  if (!last?.range || last.background) return null;
  return { ...last, range: last.range };
}
function indentOf(line) {
  return /^[ \t]*/.exec(line)[0];
}
function before(a, b) {
  return a.line < b.line || a.line === b.line && a.column <= b.column;
}
function styleOf(model, ins, endLine) {
  const esc = model.escapeChar.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
  const trailing = new RegExp(`&&[ \\t]*${esc}[ \\t]*$`);
  const content = (n) => !/^\s*(#.*)?$/.test(model.lines[n - 1] ?? "");
  for (let n = endLine; n >= ins.range.start.line; n--) {
    const line = model.lines[n - 1] ?? "";
    if (!content(n)) continue;
    if (/^\s*&&/.test(line) && n > ins.range.start.line) return { lead: true, indent: indentOf(line) };
    if (trailing.test(line)) {
      let next = n + 1;
      while (next < endLine && !content(next)) next++;
      return { lead: false, indent: indentOf(model.lines[next - 1] ?? "") };
    }
  }
  let first = ins.range.start.line + 1;
  while (first < endLine && !content(first)) first++;
  return { lead: true, indent: indentOf(model.lines[first - 1] ?? "") };
}
function joiner(model, ins, endLine) {
  const style = styleOf(model, ins, endLine);
  const esc = model.escapeChar;
  return style.lead ? ` ${esc}
${style.indent}&& ` : ` && ${esc}
${style.indent}`;
}
function appendCommand(model, ins, command2) {
  const last = lastStatement(ins);
  if (!last) return null;
  const at = last.range.end;
  const insert = (p, text) => ({ range: { start: p, end: p }, text });
  if (ins.heredocs.length > 0) {
    const body = ins.heredocs[0].body;
    if (!body || !before(body.range.start, last.range.start) || !before(at, body.range.end)) return null;
    if (!ins.run.script.errexit) return insert(at, ` && ${command2}`);
    const line = model.lines[at.line - 1] ?? "";
    return insert({ line: at.line, column: line.length + 1 }, `
${indentOf(model.lines[last.range.start.line - 1] ?? "")}${command2}`);
  }
  if (at.line === ins.range.start.line) return insert(at, ` && ${command2}`);
  return insert(at, `${joiner(model, ins, at.line)}${command2}`);
}
function joinRuns(model, prev, next) {
  const last = lastStatement(prev);
  const script = next.run?.script;
  if (!last || !script || !lastStatement(next) || !next.argsRange || script.statements.length !== 1 || script.statements[0].or) return null;
  const gap = model.text.slice(model.lineIndex.offset(last.range.end), model.lineIndex.offset(next.range.start));
  if (!/^[ \t;]*\n[ \t\n]*$/.test(gap)) return null;
  const at = last.range.end;
  const text = at.line === prev.range.start.line ? ` && ${model.escapeChar}
    ` : joiner(model, prev, at.line);
  return { range: { start: at, end: next.argsRange.start }, text };
}

// src/shell/order.ts
function comparePositions(a, b) {
  return a.line - b.line || a.column - b.column;
}
function firstInSource(items2) {
  let best;
  for (const item of items2) if (!best || comparePositions(item.range.start, best.range.start) < 0) best = item;
  return best;
}
function rangeContains(outer, inner) {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}
function positionIn(at, range) {
  return comparePositions(range.start, at) <= 0 && comparePositions(at, range.end) < 0;
}

// src/shell/installs.ts
function runInstructions(model) {
  return model.instructionsWithTriggers.filter((i) => i.keyword === "RUN" && i.run?.script);
}
function* runCommands(model) {
  for (const instruction of runInstructions(model)) {
    for (const command2 of instruction.run.script.commands) yield { instruction, command: command2 };
  }
}
function callsIn(script, tool, subcommands) {
  const out = [];
  for (const command2 of script.commands) {
    const inv = command2.invocation;
    if (inv.tool !== tool || inv.dryRun || !subcommands.includes(inv.subcommand ?? "")) continue;
    out.push({ command: command2, invocation: inv, subcommand: subcommandWord(inv, command2) });
  }
  return out;
}
function cacheFillsIn(script, tool) {
  const grammar = grammarOfTool(tool);
  return callsIn(script, tool, grammar?.cacheFills ?? []);
}
function packageInstalls(model, tool) {
  const grammar = grammarOfTool(tool);
  const out = [];
  for (const { instruction, command: command2 } of runCommands(model)) {
    const inv = command2.invocation;
    if (inv.tool !== tool || inv.dryRun || inv.subcommand === null || !grammar?.packageInstalls?.includes(inv.subcommand)) continue;
    out.push({ instruction, command: command2, invocation: inv, subcommand: subcommandWord(inv, command2), packages: inv.operands, options: inv.options });
  }
  return out;
}
function aptInstalls(model) {
  return packageInstalls(model, "apt");
}
function apkAdds(model) {
  return packageInstalls(model, "apk");
}
function rpmInstalls(model) {
  const rpm = packageInstalls(model, "rpm");
  const zypper = packageInstalls(model, "zypper").filter((i) => {
    const type = optionValue(i.invocation, "-t", "--type");
    return !type || type === "package";
  });
  return [...rpm, ...zypper].map((i) => ({ ...i, manager: i.invocation.program })).sort((a, b) => a.instruction.index - b.instruction.index);
}
function gemInstalls(model) {
  return packageInstalls(model, "gem");
}
function condaInstalls(model) {
  return packageInstalls(model, "conda");
}
function goInstalls(model) {
  return packageInstalls(model, "go");
}
function nodeInstalls(model) {
  const out = [];
  for (const manager of ["npm", "yarn", "pnpm"]) {
    for (const i of packageInstalls(model, manager)) {
      const global = i.options.some((o) => o.name === "-g" || o.name === "--global") || optionValue(i.invocation, "--location") === "global" || i.invocation.subcommand === "global add";
      out.push({ ...i, manager, global });
    }
  }
  return out.sort((a, b) => a.instruction.index - b.instruction.index);
}
function pipInstalls(model) {
  const out = [];
  for (const i of [...packageInstalls(model, "pip"), ...packageInstalls(model, "uv")]) {
    const inv = i.invocation;
    const tool = inv.tool === "uv" ? inv.subcommand === "tool install" ? "uv tool" : "uv" : inv.program === "pipx" ? "pipx" : "pip";
    out.push({ ...i, tool, packages: joinDirectReferences(i.packages) });
  }
  return out.sort((a, b) => a.instruction.index - b.instruction.index || compareStart(a.command, b.command));
}
function compareStart(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}
function joinDirectReferences(words) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    let last;
    if (next?.value === "@") last = words[i + 2];
    else if (next && (next.value.startsWith("@") && next.value.includes("://") || w.value.endsWith("@"))) last = next;
    if (!last) {
      out.push(w);
      continue;
    }
    out.push({
      value: `${w.value.replace(/@$/, "")} @ ${last.value.replace(/^@/, "")}`,
      literal: w.literal && last.literal,
      quoted: w.quoted || last.quoted,
      range: { start: w.range.start, end: last.range.end }
    });
    i += last === next ? 1 : 2;
  }
  return out;
}
function answeredByPipe(script, cmd) {
  if (cmd.pipelineIndex <= 0) return false;
  const at = cmd.range.start;
  return script.pipelines.some((p) => {
    const first = p.commands[0];
    if (!first || !positionIn(at, p.range)) return false;
    if (first.name === "yes") return true;
    return (first.name === "echo" || first.name === "printf") && first.args.some((w) => /^y(es)?(\\n)?$/i.test(w.value));
  });
}

// src/shell/caches.ts
function removesPath(script, test) {
  for (const cmd of script.commands) {
    if (cmd.invocation.tool === "rm" && cmd.invocation.operands.some((w) => test(w.value))) return true;
    if (cmd.name === "find") {
      const start = cmd.args[0];
      const deletes = cmd.args.some((w) => w.value === "-delete" || w.value === "-exec" || w.value === "-execdir");
      if (start && deletes && test(start.value)) return true;
    }
  }
  return false;
}
function runsCleanupScript(script) {
  return script.commands.some((cmd) => {
    if (!cmd.name) return false;
    if (/clean/i.test(cmd.name) && !cmd.name.includes("=")) return true;
    if (["sh", "bash", "dash", "ash", "zsh", "source", "."].includes(cmd.name)) {
      const file = cmd.invocation.operands[0];
      return !!file && /clean/i.test(file.value.split("/").pop() ?? "");
    }
    return false;
  });
}
function runsClean(script, tool, accepts) {
  return script.commands.some((cmd) => cmd.invocation.tool === tool && accepts(cmd.invocation));
}
function normalizePath(p) {
  const trimmed = p.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}
function cacheMountTargets(instruction) {
  const out = [];
  for (const m of instruction.run?.mounts ?? []) {
    if (m.type !== "cache" && m.type !== "tmpfs" || !m.target) continue;
    const e = processWord(m.target, instruction.state.env);
    out.push(normalizePath(e.unresolved.length ? m.target : e.value));
  }
  return out;
}
function hasCacheMountOn(instruction, dirs) {
  return cacheMountTargets(instruction).some((t) => dirs.some((d) => covers(t, d) || t !== "/" && t.split("/").length > 2 && covers(d, t)));
}
function covers(dir, path17) {
  const d = normalizePath(dir);
  const p = normalizePath(path17);
  return d === p || d === "/" || p.startsWith(d + "/");
}
function shippedChain(model) {
  return model.finalStage?.lineage ?? [];
}
function isBuildOnly(model, stage) {
  return !stage.target && !shippedChain(model).includes(stage);
}
function cacheShips(model, stage, dirs, isRoot2) {
  const shipped = shippedChain(model);
  if (shipped.includes(stage)) return true;
  for (const s of shipped) {
    for (const ins of s.instructions) {
      if (ins.keyword !== "COPY" && ins.keyword !== "ADD") continue;
      const from = ins.flags.find((f) => f.name.toLowerCase() === "from")?.value;
      if (!from) continue;
      const source = model.stageRef(from, s.index);
      if (!source || !source.lineage.includes(stage)) continue;
      for (const source2 of ins.copy?.sources ?? []) {
        if (source2.value === null) continue;
        const path17 = normalizePath(source2.value.replace(/\/\.$/, ""));
        if (dirs.some((d) => covers(path17, d)) || isRoot2?.(path17)) return true;
      }
    }
  }
  return false;
}
var settingWriters = /* @__PURE__ */ new WeakMap();
function settingWrittenBefore(model, instruction, setting) {
  if (!instruction.stage) return false;
  const chain = instruction.stage.lineage;
  return writersOf(model, setting).some((ins) => ins.index < instruction.index && ins.stage !== null && chain.includes(ins.stage));
}
function writersOf(model, setting) {
  let bySetting = settingWriters.get(model);
  if (!bySetting) settingWriters.set(model, bySetting = /* @__PURE__ */ new Map());
  let writers = bySetting.get(setting);
  if (!writers) bySetting.set(setting, writers = model.instructions.filter((ins) => writesSetting(ins, setting)));
  return writers;
}
function writesSetting(ins, setting) {
  for (const cmd of ins.run?.script?.commands ?? []) {
    if ((cmd.name === "echo" || cmd.name === "printf") && setting.test(cmd.args.map((w) => w.value).join(" "))) return true;
  }
  return ins.heredocs.some((h) => h.body !== null && setting.test(h.body.text));
}
function isHeredocRun(ins) {
  return ins.keyword === "RUN" && ins.heredocs.length > 0;
}
function isBusyboxBase(stage) {
  const name = stage.rootImage.name;
  if (!name) return false;
  return /(^|\/)(alpine|busybox)$/.test(name.familiar) || /(^|[-.])alpine/.test(name.tag ?? "");
}

// rules/apk-no-cache.ts
var APK_CACHE = ["/var/cache/apk", "/etc/apk/cache"];
var apk_no_cache_default = defineRule({
  meta: {
    id: "apk-no-cache",
    category: "size",
    severity: "info",
    preset: "recommended",
    description: "`apk add` without `--no-cache` (and no removal of `/var/cache/apk` or cache mount) in a stage of the shipped image.",
    docs: {
      why: "Without `--no-cache`, `apk add` (and `apk update`) store the repository indexes in `/var/cache/apk`, and they stay in the layer. `apk add --no-cache` fetches the indexes to a temporary place and leaves nothing behind, so no `apk update` or `rm` is needed. With BuildKit you can instead keep the cache in a cache mount, which also speeds up rebuilds. Stages that are only copied from (`COPY --from`) are not reported.",
      bad: "RUN apk update && apk add curl",
      good: "RUN apk add --no-cache curl\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/var/cache/apk apk add curl",
      fixSafety: "The fix adds `--no-cache` after `add`; the same packages are installed. Unsafe under `RUN --network=none`, where only the cached index could be read."
    },
    fixable: true,
    fixKind: "mixed",
    covers: ["DL3019"]
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run.script;
      const adds = callsIn(script, "apk", ["add"]);
      if (adds.length === 0 || !ins.stage) continue;
      if (hasCacheMountOn(ins, APK_CACHE) || runsCleanupScript(script)) continue;
      if (removesPath(script, (p) => APK_CACHE.some((d) => p === d || p.startsWith(d + "/")))) continue;
      if (!cacheShips(model, ins.stage, APK_CACHE)) continue;
      for (const { invocation, subcommand } of adds) {
        if (invocation.opaqueOptions || hasOption(invocation, "--no-cache", "--no-network")) continue;
        const edit = insertAfterWord(model, subcommand, "--no-cache");
        report({
          range: subcommand.range,
          message: "`apk add` without `--no-cache` leaves the package indexes in `/var/cache/apk`; use `apk add --no-cache` (no `apk update` needed), or `RUN --mount=type=cache,target=/var/cache/apk`.",
          // Without network, apk can only install from the cached index the option turns away.
          ...edit ? { fix: { description: "Add `--no-cache`", edits: [edit], safe: ins.run.network !== "none" } } : {}
        });
      }
    }
  }
});

// src/shell/unpinned.ts
var LISTED = 4;
function listPackages(shown) {
  const names = [...new Set(shown)].map((s) => `\`${s}\``);
  if (names.length === 1) return names[0];
  if (names.length > LISTED) return `${names.slice(0, LISTED).join(", ")} and ${names.length - LISTED} more`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function reportUnpinned(report, command2, packages, summary) {
  if (packages.length === 0) return;
  const start = command2.argv[0]?.range.start ?? command2.range.start;
  const end = packages[packages.length - 1].range.end;
  const count = new Set(packages.map((p) => p.shown)).size;
  report({
    range: { start, end },
    message: count === 1 ? packages[0].message : summary(listPackages(packages.map((p) => p.shown)), count),
    related: packages.map((p) => ({ range: p.range, message: p.message }))
  });
}

// rules/apk-pin-versions.ts
var NAME = /^[A-Za-z0-9][\w+.-]*(@[\w.-]+)?$/;
var apk_pin_versions_default = defineRule({
  meta: {
    id: "apk-pin-versions",
    category: "pinning",
    severity: "warning",
    preset: "recommended",
    description: "`apk add` of a package without `=version`.",
    docs: {
      why: "An unpinned `apk add curl` installs whatever the Alpine mirror carries on the day of the build, so two builds of the same Dockerfile differ. Pin with `curl=8.9.1-r1` (or a fuzzy `curl~8.9`); `--virtual .build-deps` names a group, not a package, and local `.apk` files are taken as they are. Not reported on Alpine `edge`, a rolling branch whose repositories keep only the current build: pin the base image instead.",
      bad: "RUN apk add --no-cache curl git",
      good: "RUN apk add --no-cache curl=8.9.1-r1 git~2.45"
    },
    fixable: false,
    covers: ["DL3018"]
  },
  check({ model, report }) {
    for (const { instruction, command: command2, packages } of apkAdds(model)) {
      if (instruction.stage?.rootImage.rollingRelease) continue;
      const unpinned = [];
      for (const pkg of packages) for (const v of knownValue(pkg)) {
        if (/[=<>~]/.test(v) || v.includes("/") || v.endsWith(".apk") || !NAME.test(v)) continue;
        const name = v.replace(/@.*$/, "");
        unpinned.push({ range: pkg.range, shown: v, message: `apk package \`${v}\` is not pinned; add \`${name}=<version>\`.` });
      }
      reportUnpinned(report, command2, unpinned, (list, n) => `${n} apk packages are not pinned: ${list}; add each as \`name=<version>\`.`);
    }
  }
});

// rules/apt-cleanup.ts
var APT_STATE = ["/var/lib/apt", "/var/cache/apt"];
var LISTS = "/var/lib/apt/lists";
var apt_cleanup_default = defineRule({
  meta: {
    id: "apt-cleanup",
    category: "size",
    severity: "info",
    preset: "recommended",
    description: "`apt-get update` in a `RUN` of the shipped image that does not delete `/var/lib/apt/lists/*` (and has no apt cache mount).",
    docs: {
      why: "`apt-get update` downloads the package indexes into `/var/lib/apt/lists` (often 30–50 MB). A later `RUN` cannot take them back out: whatever a layer writes stays in the image. Delete them in the same `RUN` that created them (`apt-get clean` alone does not), or, with BuildKit, keep apt's state in cache mounts so nothing lands in the layer and rebuilds reuse the downloads. Stages that are only copied from (`COPY --from`) are not reported: their layers do not ship.",
      bad: "RUN apt-get update && apt-get install -y --no-install-recommends curl",
      good: "RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    apt-get update && apt-get install -y --no-install-recommends curl",
      fixSafety: "The fix ends the same `RUN` with `&& rm -rf /var/lib/apt/lists/*` (on a new line in the `RUN`'s continuation style when it spans several lines), so the `RUN` still fails when its commands fail. It is safe unless a later `RUN` of the stage (or of a stage built `FROM` it) runs apt without its own `apt-get update`: that `RUN` relied on the lists and would no longer find its packages, so the fix is then unsafe. No fix for a `RUN` that only runs `apt-get update` (deleting the lists would leave it doing nothing), exec form, a last command sent to the background (`&`), or a command run through a wrapper other than `sudo`."
    },
    fixable: true,
    fixKind: "mixed",
    covers: ["DL3009"]
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run.script;
      const updates = callsIn(script, "apt", ["update"]);
      if (updates.length === 0 || !ins.stage) continue;
      if (hasCacheMountOn(ins, APT_STATE)) continue;
      if (removesPath(script, (p) => p === "/var/lib/apt" || p.startsWith("/var/lib/apt/*") || p.startsWith(LISTS))) continue;
      if (runsClean(script, "apt", (inv) => inv.subcommand === "distclean" || inv.subcommand === "dist-clean") || runsCleanupScript(script)) continue;
      if (!cacheShips(model, ins.stage, [LISTS])) continue;
      const install2 = callsIn(script, "apt", ["install"])[0];
      const at = install2 ?? updates[0];
      const cleanOnly = runsClean(script, "apt", (inv) => inv.subcommand === "clean");
      const prefix = runAsPrefix(at.command);
      const edit = prefix === null || !install2 ? null : appendCommand(model, ins, `${prefix}rm -rf /var/lib/apt/lists/*`);
      const safe = !listsUsedLater(model, ins);
      const what = install2 ? `\`${at.command.name} install\` after \`${updates[0].command.name} update\`` : `\`${at.command.name} update\``;
      report({
        range: at.subcommand.range,
        message: `${what} leaves the package lists in this layer${cleanOnly ? " (`apt-get clean` does not remove them)" : ""}; end the same \`RUN\` with \`rm -rf /var/lib/apt/lists/*\`, or use \`RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked\`.`,
        ...edit ? { fix: { description: safe ? "End the `RUN` with `rm -rf /var/lib/apt/lists/*`" : "End the `RUN` with `rm -rf /var/lib/apt/lists/*` (a later `RUN` uses apt without `apt-get update`)", edits: [edit], safe } } : {}
      });
    }
  }
});
function listsUsedLater(model, ins) {
  for (const stage of model.stages) {
    if (!stage.lineage.includes(ins.stage)) continue;
    for (const later of stage.instructions) {
      if (later.keyword !== "RUN" || stage === ins.stage && later.index <= ins.index) continue;
      const first = later.run?.script?.commands.find((c) => c.invocation.tool === "apt" || c.name === "apt-cache");
      if (first && first.invocation.subcommand !== "update") return true;
    }
  }
  return false;
}

// rules/apt-get-not-apt.ts
var SAME_IN_APT_GET = /* @__PURE__ */ new Set([
  "update",
  "install",
  "reinstall",
  "remove",
  "purge",
  "autoremove",
  "autopurge",
  "dist-upgrade",
  "full-upgrade",
  "clean",
  "autoclean",
  "distclean",
  "source",
  "build-dep",
  "satisfy",
  "download",
  "changelog"
]);
var APT_CACHE = /* @__PURE__ */ new Set(["search", "show", "policy", "depends", "rdepends", "showsrc", "madison"]);
var apt_get_not_apt_default = defineRule({
  meta: {
    id: "apt-get-not-apt",
    category: "size",
    severity: "warning",
    preset: "recommended",
    description: "`apt` used in a `RUN` instead of `apt-get` / `apt-cache`.",
    docs: {
      why: '`apt` is the interactive front end: its output and behaviour are tuned for people and may change between releases, and it warns "apt does not have a stable CLI interface" in scripts. `apt-get` and `apt-cache` are the stable, scriptable tools with the same subcommands.',
      bad: "RUN apt update && apt install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*",
      good: "RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*",
      fixSafety: "The fix replaces `apt` by `apt-get` for subcommands both run the same way (`update`, `install`, `remove`, …); it is marked unsafe for `upgrade`, which in `apt` may install new packages, and not offered for `apt`-only subcommands such as `list`."
    },
    fixable: true,
    fixKind: "mixed",
    covers: ["DL3027"]
  },
  check({ model, report }) {
    for (const { command: command2 } of runCommands(model)) {
      if (command2.name !== "apt") continue;
      const program = command2.argv[0];
      const sub = command2.invocation.path[0]?.value ?? null;
      const cache = sub !== null && APT_CACHE.has(sub);
      const known2 = sub !== null && (cache || SAME_IN_APT_GET.has(sub) || sub === "upgrade");
      const instead = known2 ? `\`${cache ? "apt-cache" : "apt-get"} ${sub}\`` : "`apt-get` / `apt-cache`";
      const fixable = !program.quoted && known2 && !cache;
      report({
        range: program.range,
        message: `\`apt\` has no stable command-line interface for scripts; use ${instead} instead.`,
        ...fixable ? {
          fix: {
            description: "Replace `apt` by `apt-get`",
            edits: [{ range: program.range, text: `${program.value}-get` }],
            safe: sub !== "upgrade"
          }
        } : {}
      });
    }
  }
});

// rules/apt-get-yes.ts
var ASSUME_YES_CONFIG = /APT::Get::Assume-?Yes\s*[=\s]\s*"?(true|1|yes)\b/i;
var apt_get_yes_default = defineRule({
  meta: {
    id: "apt-get-yes",
    category: "size",
    severity: "warning",
    preset: "recommended",
    description: "`apt-get install` without `-y` (or `--yes`, `--assume-yes`, `-qq`).",
    docs: {
      why: 'A build has no terminal to answer apt\'s "Do you want to continue?" prompt: without `-y` apt reads end-of-input, aborts, and the build fails as soon as the install needs anything. `DEBIAN_FRONTEND=noninteractive` silences debconf questions but does not answer this prompt.',
      bad: "RUN apt-get update && apt-get install --no-install-recommends curl",
      good: "RUN apt-get update && apt-get install -y --no-install-recommends curl",
      fixSafety: "The fix adds `-y` after `install`; a build that worked without it installs the same packages."
    },
    fixable: true,
    fixKind: "safe",
    covers: ["DL3014"]
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run.script;
      for (const { command: command2, invocation, subcommand } of callsIn(script, "apt", ["install"])) {
        if (invocation.opaqueOptions || assumesYes(invocation) || answeredByPipe(script, command2)) continue;
        if (settingWrittenBefore(model, ins, ASSUME_YES_CONFIG)) continue;
        report({
          range: subcommand.range,
          message: `\`${command2.name} install\` without \`-y\` fails the build at the confirmation prompt whenever it must install more than the named packages or remove any; add \`-y\`.`,
          ...subcommand.quoted ? {} : { fix: { description: "Add `-y`", edits: [{ range: { start: subcommand.range.end, end: subcommand.range.end }, text: " -y" }], safe: true } }
        });
      }
    }
  }
});
function assumesYes(inv) {
  if (hasOption(inv, "-y", "--yes", "--assume-yes")) return true;
  if (inv.options.some((o) => (o.name === "-o" || o.name === "--option") && ASSUME_YES_CONFIG.test(o.value ?? ""))) return true;
  let quiet2 = 0;
  for (const o of inv.options) if (o.name === "-q" || o.name === "--quiet") quiet2 += o.value !== null && /^\d+$/.test(o.value) ? Number(o.value) : 1;
  return quiet2 >= 2;
}

// rules/apt-no-install-recommends.ts
var NO_RECOMMENDS_CONFIG = /APT::Install-Recommends\s*[=\s]\s*"?(false|0|no|off)\b/i;
var apt_no_install_recommends_default = defineRule({
  meta: {
    id: "apt-no-install-recommends",
    category: "size",
    severity: "info",
    preset: "recommended",
    description: "`apt-get install` without `--no-install-recommends`.",
    docs: {
      why: 'By default apt also installs every package the requested ones merely *recommend*: documentation tools, X11 libraries, compilers. In images this often doubles the install size for nothing the container uses. `--no-install-recommends` (or `APT::Install-Recommends "false";` in `/etc/apt/apt.conf.d/`) installs only the hard dependencies; name the few recommended packages you need explicitly.',
      bad: "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
      good: "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*",
      fixSafety: "The fix adds `--no-install-recommends` after `install`. It is unsafe: a program may rely on a package that was only recommended (e.g. `ca-certificates` for `curl` over HTTPS)."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: ["DL3015"]
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      for (const { command: command2, invocation, subcommand } of callsIn(ins.run.script, "apt", ["install"])) {
        if (invocation.opaqueOptions || skipsRecommends(invocation)) continue;
        if (settingWrittenBefore(model, ins, NO_RECOMMENDS_CONFIG)) continue;
        report({
          range: subcommand.range,
          message: `\`${command2.name} install\` also installs recommended packages; add \`--no-install-recommends\` and name the extra packages you need.`,
          ...subcommand.quoted ? {} : {
            fix: {
              description: "Add `--no-install-recommends`",
              edits: [{ range: { start: subcommand.range.end, end: subcommand.range.end }, text: " --no-install-recommends" }],
              safe: false
            }
          }
        });
      }
    }
  }
});
function skipsRecommends(inv) {
  return inv.options.some(
    (o) => o.name === "--no-install-recommends" || o.name === "--install-recommends" && /^(false|0|no|off)$/i.test(o.value ?? "") || (o.name === "-o" || o.name === "--option") && NO_RECOMMENDS_CONFIG.test(o.value ?? "")
  );
}

// rules/apt-pin-versions.ts
var NAME2 = /^[a-z0-9][a-z0-9+.-]*[a-z0-9+.](:[a-z0-9-]+)?(\/[\w.-]+)?$/;
var apt_pin_versions_default = defineRule({
  meta: {
    id: "apt-pin-versions",
    category: "pinning",
    severity: "warning",
    preset: "recommended",
    description: "`apt-get install` of a package without `=version`.",
    docs: {
      why: "An unpinned package installs whatever version the mirror has on the day of the build, so two builds of the same Dockerfile differ and a rebuild can break. Pin with `package=version` (find it with `apt-cache policy package`). Not reported on Debian sid (unstable), whose repositories keep only the current build of each package: pin the base image instead.",
      bad: "RUN apt-get update && apt-get install -y --no-install-recommends curl",
      good: "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8"
    },
    fixable: false,
    covers: ["DL3008"]
  },
  check({ model, report }) {
    for (const { instruction, command: command2, packages } of aptInstalls(model)) {
      if (instruction.stage?.rootImage.rollingRelease) continue;
      const unpinned = [];
      for (const pkg of packages) for (const v of knownValue(pkg)) {
        if (v.includes("=") || isLocalPackage(v) || !NAME2.test(v)) continue;
        const name = v.replace(/\/.*$/, "");
        unpinned.push({ range: pkg.range, shown: v, message: `apt package \`${v}\` is not pinned; install \`${name}=<version>\`.` });
      }
      reportUnpinned(report, command2, unpinned, (list, n) => `${n} apt packages are not pinned: ${list}; install each as \`name=<version>\`.`);
    }
  }
});
function isLocalPackage(value) {
  return value.endsWith(".deb") || /^(\.{0,2}\/|~\/)/.test(value);
}

// rules/base-image-digest.ts
var base_image_digest_default = defineRule({
  meta: {
    id: "base-image-digest",
    category: "base-image",
    severity: "info",
    preset: "strict",
    description: "`FROM` image is not pinned by `@sha256:` digest.",
    docs: {
      why: "A tag is a pointer the publisher can move: `python:3.12-slim` is rebuilt for every patch release and base-OS update. Only a digest names exact bytes, so builds are reproducible and a tampered tag cannot slip in. Keep the tag for readers and add the digest (`docker buildx imagetools inspect python:3.12-slim` shows it); let a bot such as Renovate or Dependabot move it.",
      bad: "FROM python:3.12-slim",
      good: "FROM python:3.12-slim@sha256:0bd1a8c9b6bb2d8a0cfd1bd13e3c2e0bc81f34d3cd1c6c2c3ea4dd4a1a8d6c53"
    },
    fixable: false,
    covers: ["CKV_DOCKER_7"]
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const { name, range, raw, resolved } = stage.image;
      if (!name || name.digest) continue;
      const shown = resolved && resolved !== raw ? `\`${raw}\` (\`${resolved}\` by default)` : `\`${raw}\``;
      report({ range, message: `${shown} is not pinned by digest; append \`@sha256:<digest>\` so every build uses the same image.` });
    }
  }
});

// src/knowledge/generated/official-images.ts
var OFFICIAL_IMAGES = [
  "adminer",
  "aerospike",
  "almalinux",
  "alpine",
  "alt",
  "amazoncorretto",
  "amazonlinux",
  "api-firewall",
  "arangodb",
  "archlinux",
  "azul-zulu",
  "backdrop",
  "bash",
  "bonita",
  "buildpack-deps",
  "busybox",
  "caddy",
  "cassandra",
  "chronograf",
  "cirros",
  "clearlinux",
  "clefos",
  "clickhouse",
  "clojure",
  "composer",
  "convertigo",
  "couchbase",
  "couchdb",
  "crate",
  "dart",
  "debian",
  "docker",
  "drupal",
  "eclipse-mosquitto",
  "eclipse-temurin",
  "eggdrop",
  "elasticsearch",
  "elixir",
  "emqx",
  "erlang",
  "espocrm",
  "fedora",
  "flink",
  "fluentd",
  "friendica",
  "gazebo",
  "gcc",
  "geonetwork",
  "ghost",
  "golang",
  "gradle",
  "groovy",
  "haproxy",
  "haskell",
  "haxe",
  "hello-world",
  "hitch",
  "httpd",
  "hylang",
  "ibm-semeru-runtimes",
  "ibmjava",
  "influxdb",
  "irssi",
  "jetty",
  "joomla",
  "jruby",
  "julia",
  "kapacitor",
  "kibana",
  "kong",
  "krakend",
  "lightstreamer",
  "liquibase",
  "logstash",
  "mageia",
  "mariadb",
  "matomo",
  "maven",
  "mediawiki",
  "memcached",
  "mongo",
  "mongo-express",
  "monica",
  "mysql",
  "nats",
  "neo4j",
  "neurodebian",
  "nextcloud",
  "nginx",
  "nim",
  "node",
  "notary",
  "odoo",
  "open-liberty",
  "openjdk",
  "oraclelinux",
  "orientdb",
  "percona",
  "perl",
  "photon",
  "php",
  "php-zendserver",
  "phpmyadmin",
  "plone",
  "postfixadmin",
  "postgres",
  "pypy",
  "python",
  "r-base",
  "rabbitmq",
  "rakudo-star",
  "redis",
  "redmine",
  "registry",
  "rethinkdb",
  "rocket.chat",
  "rockylinux",
  "ros",
  "ruby",
  "rust",
  "sapmachine",
  "satosa",
  "silverpeas",
  "solr",
  "sonarqube",
  "spark",
  "spiped",
  "storm",
  "swift",
  "swipl",
  "teamspeak",
  "telegraf",
  "tomcat",
  "tomee",
  "traefik",
  "ubuntu",
  "unit",
  "varnish",
  "websphere-liberty",
  "wordpress",
  "xwiki",
  "yourls",
  "znc",
  "zookeeper"
];

// src/knowledge/generated/official-latest.ts
var SOURCE = "source: docker-library/official-images library/ at commit 37079fb336f572a88700cf32e5e1f6be54a04e8f, 2026-08-21T16:53:11-07:00";
var LATEST_PINS = {
  "adminer": "6",
  "almalinux": "10",
  "alpine": "3.24",
  "amazoncorretto": "8",
  "amazonlinux": "2023",
  "api-firewall": "0.9.6",
  "arangodb": "3.12",
  "backdrop": "1.34",
  "bash": "5.3",
  "bonita": "2026.2",
  "busybox": "1.38",
  "caddy": "2.11",
  "cassandra": "5.0",
  "chronograf": "1.11",
  "cirros": "0.6",
  "clickhouse": "26.7",
  "composer": "2.10",
  "convertigo": "8.4",
  "couchbase": "8.0.2",
  "couchdb": "3.5",
  "crate": "6.4",
  "dart": "3.13",
  "debian": "13",
  "docker": "29.7",
  "drupal": "11.4",
  "eclipse-mosquitto": "2",
  "eclipse-temurin": "25",
  "eggdrop": "1.10",
  "elixir": "1.20",
  "emqx": "5.8",
  "erlang": "29.0",
  "espocrm": "10.0",
  "fedora": "44",
  "flink": "2.3",
  "friendica": "2026.05",
  "gcc": "16.2",
  "geonetwork": "4.4",
  "ghost": "6.59",
  "golang": "1.27",
  "gradle": "9.7",
  "groovy": "5.1",
  "haproxy": "3.4",
  "haskell": "9.14",
  "haxe": "4.3",
  "hitch": "1.8",
  "httpd": "2.4",
  "hylang": "1.3",
  "ibmjava": "8",
  "influxdb": "2.9",
  "irssi": "1.4",
  "jetty": "12.1",
  "joomla": "6.1",
  "jruby": "10.1",
  "julia": "1.12",
  "kapacitor": "1.8",
  "kong": "3.9",
  "krakend": "2.13",
  "lightstreamer": "7.4",
  "liquibase": "5.0",
  "mageia": "10",
  "mariadb": "12.3",
  "matomo": "5.13",
  "maven": "3.9",
  "mediawiki": "1.46",
  "memcached": "1.6",
  "monica": "4.1",
  "mysql": "26.7",
  "nats": "2.14",
  "neo4j": "2026.07",
  "nextcloud": "34.0",
  "nginx": "1.31",
  "nim": "2.2",
  "node": "26.7",
  "odoo": "19",
  "orientdb": "3.2",
  "perl": "5.44",
  "photon": "5.0",
  "php": "8.5",
  "phpmyadmin": "5.2",
  "postfixadmin": "4.0",
  "postgres": "18",
  "pypy": "3",
  "python": "3.14",
  "r-base": "4.6.1",
  "rabbitmq": "4.3",
  "redis": "8.10",
  "redmine": "7.0",
  "registry": "3.1",
  "rethinkdb": "2.4",
  "rocket.chat": "8.5",
  "ruby": "4.0",
  "rust": "1.98",
  "sapmachine": "26",
  "satosa": "8.5",
  "silverpeas": "6.4",
  "solr": "10.0",
  "spiped": "1.6",
  "storm": "3.0",
  "swift": "6.3",
  "swipl": "10.1.13",
  "teamspeak": "3.13",
  "telegraf": "1.39",
  "tomcat": "11.0",
  "tomee": "10.1",
  "traefik": "3.7",
  "ubuntu": "26.04",
  "varnish": "9.0",
  "wordpress": "7.1",
  "xwiki": "18.6",
  "yourls": "1.10",
  "znc": "1.10",
  "zookeeper": "3.9"
};

// src/knowledge/trusted-images.ts
var OFFICIAL = new Set(OFFICIAL_IMAGES);
var RETIRED_OFFICIAL_IMAGES = /* @__PURE__ */ new Map([
  ["mono", "2025"],
  ["couchdb-nouveau", "2024"],
  ["centos", "2024"],
  ["consul", "2024"],
  ["express-gateway", "2024"],
  ["jobber", "2024"],
  ["nats-streaming", "2024"],
  ["vault", "2024"],
  ["sl", "2024"],
  ["adoptopenjdk", "2021"],
  ["crux", "2021"],
  ["euleros", "2021"],
  ["kaazing-gateway", "2021"],
  ["known", "2021"],
  ["nuxeo", "2021"],
  ["opensuse", "2021"],
  ["rapidoid", "2021"],
  ["sentry", "2021"],
  ["sourcemage", "2021"],
  ["swarm", "2021"],
  ["thrift", "2021"],
  ["fsharp", "2021"],
  ["hello-seattle", "2019"],
  ["hola-mundo", "2019"],
  ["owncloud", "2019"],
  ["piwik", "2018"],
  ["jenkins", "2018"],
  ["celery", "2017"],
  ["django", "2017"],
  ["rails", "2017"],
  ["java", "2017"],
  ["iojs", "2017"],
  ["hipache", "2016"],
  ["glassfish", "2016"],
  ["mosquitto", "2016"],
  ["ubuntu-debootstrap", "2016"],
  ["ubuntu-upstart", "2016"],
  ["docker-dev", "2016"],
  ["notary-server", "2016"],
  ["notary-signer", "2016"],
  ["lightstreamer-server", "2016"],
  ["zend-php", "2014"]
]);
var RETIRED_SUCCESSORS = /* @__PURE__ */ new Map([
  ["centos", "rockylinux` or `almalinux"],
  ["java", "eclipse-temurin"],
  ["adoptopenjdk", "eclipse-temurin"],
  ["mosquitto", "eclipse-mosquitto"],
  ["opensuse", "opensuse/leap"],
  ["django", "python"],
  ["rails", "ruby"],
  ["celery", "python"],
  ["iojs", "node"],
  ["piwik", "matomo"]
]);
var ARCHITECTURE_NAMESPACES = /* @__PURE__ */ new Set([
  "amd64",
  "arm32v5",
  "arm32v6",
  "arm32v7",
  "arm64v8",
  "i386",
  "mips64le",
  "ppc64le",
  "riscv64",
  "s390x",
  "winamd64"
]);
var VENDOR_AND_PROJECT_NAMESPACES = [
  // Docker-Sponsored Open Source: the Apache Software Foundation (hub.docker.com/u/apache: spark, airflow, kafka, …).
  "apache/*",
  // Verified Publishers: Grafana Labs (hub.docker.com/u/grafana), HashiCorp (hub.docker.com/u/hashicorp), Bitnami by
  // Broadcom (hub.docker.com/u/bitnami), Azul (hub.docker.com/u/azul).
  "grafana/*",
  "hashicorp/*",
  "bitnami/*",
  "azul/*",
  // Docker-Sponsored Open Source: Envoy (hub.docker.com/u/envoyproxy), OpenTelemetry (hub.docker.com/u/otel),
  // Selenium (hub.docker.com/u/selenium), the CNCF Distribution registry (hub.docker.com/u/distribution).
  "envoyproxy/*",
  "otel/*",
  "selenium/*",
  "distribution/*",
  // Docker's own namespaces besides `docker/*`: the Moby project's binaries and Docker engineering's build images
  // (github.com/docker/cli and github.com/moby/moby build from them), and tonistiigi/xx, the cross-compilation helper
  // Docker's documentation uses (docs.docker.com/build/building/multi-platform/, "Cross-compilation").
  "moby/*",
  "dockereng/*",
  "tonistiigi/xx",
  // The Fedora Project's registries (docs.fedoraproject.org/en-US/containers/: registry.fedoraproject.org, quay.io/fedora).
  "quay.io/fedora/*",
  "registry.fedoraproject.org/*",
  // Red Hat's registries serve only Red Hat's own and certified images (access.redhat.com/articles/RegistryAuthentication).
  "registry.access.redhat.com/*",
  "registry.redhat.io/*",
  // The Prometheus project publishes on Docker Hub and Quay (github.com/prometheus/prometheus README, "Docker images").
  "prom/*",
  "quay.io/prometheus/*",
  // MinIO's images (min.io/docs: `quay.io/minio/minio`, also on Docker Hub as `minio/*`).
  "minio/*",
  "quay.io/minio/*"
];
var TRUSTED_PUBLISHERS = [
  "nvidia/*",
  "nvcr.io/nvidia/*",
  "pytorch/*",
  "tensorflow/*",
  "rocm/*",
  "mcr.microsoft.com/*",
  "gcr.io/distroless/*",
  "cgr.dev/chainguard/*",
  "registry.access.redhat.com/ubi*",
  "registry.access.redhat.com/ubi*/*",
  "quay.io/jupyter/*",
  "public.ecr.aws/docker/library/*",
  "huggingface/*",
  "ghcr.io/huggingface/*",
  "vllm/*",
  "ollama/*",
  "ghcr.io/pytorch/*",
  "ghcr.io/nvidia/*",
  "nvcr.io/nim/*",
  "jupyter/*",
  "intel/*",
  "continuumio/*",
  "condaforge/*",
  "mambaorg/*",
  "ghcr.io/astral-sh/*",
  "docker/*",
  "opensuse/*",
  "quay.io/centos/*",
  "marketplace.gcr.io/google/*",
  "gcr.io/cloud-marketplace/google/*",
  "gcr.io/google.com/cloudsdktool/*",
  "registry.k8s.io/*",
  "amazon/*",
  "public.ecr.aws/lambda/*",
  "public.ecr.aws/amazonlinux/*",
  "quay.io/pypa/*",
  ...VENDOR_AND_PROJECT_NAMESPACES
];
var BARE_NAME_MEANS = /* @__PURE__ */ new Map([
  ["pytorch", "pytorch/pytorch"],
  ["torch", "pytorch/pytorch"],
  ["tensorflow", "tensorflow/tensorflow"],
  ["cuda", "nvidia/cuda"],
  ["nvidia-cuda", "nvidia/cuda"],
  ["vllm", "vllm/vllm-openai"],
  ["vllm-openai", "vllm/vllm-openai"],
  ["ollama", "ollama/ollama"],
  ["tritonserver", "nvcr.io/nvidia/tritonserver"],
  ["triton", "nvcr.io/nvidia/tritonserver"],
  ["text-generation-inference", "ghcr.io/huggingface/text-generation-inference"],
  ["tgi", "ghcr.io/huggingface/text-generation-inference"],
  ["miniconda", "continuumio/miniconda3"],
  ["miniconda3", "continuumio/miniconda3"],
  ["anaconda", "continuumio/anaconda3"],
  ["anaconda3", "continuumio/anaconda3"],
  ["miniforge", "condaforge/miniforge3"],
  ["miniforge3", "condaforge/miniforge3"],
  ["mambaforge", "condaforge/miniforge3"],
  ["micromamba", "mambaorg/micromamba"],
  ["uv", "ghcr.io/astral-sh/uv"]
]);
var PUBLISHER_REPOSITORIES = /* @__PURE__ */ new Map([
  ["nvidia", ["cuda", "cudagl", "opengl", "vulkan"]],
  ["nvcr.io/nvidia", ["pytorch", "tensorflow", "tritonserver", "cuda", "cuda-dl-base", "tensorrt", "nemo", "jax", "deepstream", "nvhpc", "l4t-base", "l4t-pytorch", "l4t-tensorflow", "l4t-ml", "l4t-jetpack", "l4t-cuda"]],
  ["pytorch", ["pytorch", "torchserve", "manylinux-builder", "conda-builder", "libtorch-cxx11-builder"]],
  ["tensorflow", ["tensorflow", "serving", "build"]],
  ["rocm", ["pytorch", "tensorflow", "jax", "vllm", "rocm-terminal", "dev-ubuntu-20.04", "dev-ubuntu-22.04", "dev-ubuntu-24.04"]],
  ["vllm", ["vllm-openai", "vllm-tpu"]],
  ["ollama", ["ollama"]],
  ["ghcr.io/huggingface", ["text-generation-inference", "text-embeddings-inference"]],
  ["continuumio", ["miniconda3", "anaconda3"]],
  ["condaforge", ["miniforge3", "mambaforge", "miniforge-pypy3"]],
  ["mambaorg", ["micromamba"]]
]);
var PUBLIC_REGISTRIES = /* @__PURE__ */ new Set([
  "docker.io",
  "ghcr.io",
  "quay.io",
  "gcr.io",
  "public.ecr.aws",
  "registry.gitlab.com",
  "nvcr.io",
  "mcr.microsoft.com",
  "registry.hub.docker.com",
  "docker.pkg.github.com",
  "codeberg.org"
]);
function normaliseGlob(glob) {
  let g = glob.trim().toLowerCase().replace(/^(index\.|registry-1\.)?docker\.io\//, "");
  if (!g.includes("/") || /^library\//.test(g)) g = g.replace(/^library\//, "");
  return g;
}
var globCache = /* @__PURE__ */ new Map();
function globRegExp(glob) {
  let re = globCache.get(glob);
  if (!re) {
    const g = normaliseGlob(glob);
    const deep = g.endsWith("/*");
    const body = (deep ? g.slice(0, -2) : g).split(/(\*\*|\*|\?)/).map((part2) => part2 === "**" ? ".*" : part2 === "*" ? "[^/]*" : part2 === "?" ? "[^/]" : part2.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
    re = new RegExp(`^${body}${deep ? "/.+" : ""}$`);
    globCache.set(glob, re);
  }
  return re;
}
function matchesImageGlob(image, glob) {
  const re = globRegExp(glob);
  const lastPart = glob.slice(glob.lastIndexOf("/") + 1);
  return lastPart.includes(":") ? re.test(`${image.familiar}:${image.tag ?? "latest"}`) : re.test(image.familiar);
}
function registryOf(image) {
  return image.registry ?? "docker.io";
}
function matchesRegistry(image, registry) {
  const want = registry.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/+$/, "");
  const want2 = want === "index.docker.io" || want === "registry-1.docker.io" || want === "hub.docker.com" ? "docker.io" : want;
  if (want2.includes("/")) return matchesImageGlob(image, `${want2}/*`);
  return new RegExp(`^${want2.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}$`).test(registryOf(image));
}
function isOfficialImage(image) {
  return image.registry === null && image.namespace === "library" && OFFICIAL.has(image.repository);
}
function isArchitectureOfficialImage(image) {
  return image.registry === null && ARCHITECTURE_NAMESPACES.has(image.namespace ?? "") && OFFICIAL.has(image.repository);
}
function baseImageTrust(image, settings) {
  if (settings.trustedImages.some((g) => matchesImageGlob(image, g))) return { kind: "configured" };
  if (settings.trustedRegistries.some((r) => matchesRegistry(image, r))) return { kind: "configured" };
  if (isOfficialImage(image) || isArchitectureOfficialImage(image)) return { kind: "official" };
  const owner = ownerOf(image);
  const publisher = TRUSTED_PUBLISHERS.find((p) => matchesImageGlob(image, p));
  if (publisher) {
    const typoOf = nearName(image.repository, PUBLISHER_REPOSITORIES.get(owner) ?? []);
    return typoOf ? { kind: "unknown", didYouMean: `${owner}/${typoOf}`, near: "repository" } : { kind: "publisher", pattern: publisher };
  }
  const hubOfficialPath = image.registry === null && image.namespace === "library";
  if (hubOfficialPath) {
    const year = RETIRED_OFFICIAL_IMAGES.get(image.repository);
    if (year) return { kind: "retired", year, successor: RETIRED_SUCCESSORS.get(image.repository) ?? null };
    const meant = BARE_NAME_MEANS.get(image.repository);
    if (meant) return { kind: "unknown", didYouMean: meant, near: "bare" };
    const official = nearName(image.repository, OFFICIAL);
    return { kind: "unknown", didYouMean: official, ...official ? { near: "official" } : {} };
  }
  const owners = [...PUBLISHER_REPOSITORIES].filter(([o, repos]) => repos.includes(image.repository) && o !== owner).map(([o]) => o);
  const nearOwner = image.namespace && image.namespace.length >= 5 ? nearName(owner, owners) : null;
  return nearOwner ? { kind: "unknown", didYouMean: `${nearOwner}/${image.repository}`, near: "publisher" } : { kind: "unknown", didYouMean: null };
}
function ownerOf(image) {
  return [image.registry, image.namespace].filter(Boolean).join("/");
}
function nearName(name, known2) {
  if (name.length < 5) return null;
  const max = name.length >= 8 ? 2 : 1;
  let best = null;
  let bestD = max + 1;
  for (const candidate of known2) {
    if (candidate === name) return null;
    const d = editDistance(name, candidate, max);
    if (d < bestD) [best, bestD] = [candidate, d];
  }
  return best;
}
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return Math.min(d[a.length][b.length], max + 1);
}
var LATEST_PINS_DATE = /, (\d{4}-\d{2}-\d{2})/.exec(SOURCE)?.[1] ?? "unknown date";
function latestPinFor(image) {
  if (!isOfficialImage(image) || image.tag !== null && image.tag !== "latest") return null;
  return Object.hasOwn(LATEST_PINS, image.repository) ? LATEST_PINS[image.repository] : null;
}

// src/knowledge/platforms.ts
var SINGLE_PLATFORM_IMAGES = [
  { glob: "nvcr.io/nvidia/l4t-*", platform: "linux/arm64" },
  { glob: "dustynv/*", platform: "linux/arm64" },
  { glob: "arm64v8/*", platform: "linux/arm64" },
  { glob: "arm32v7/*", platform: "linux/arm/v7" },
  { glob: "arm32v6/*", platform: "linux/arm/v6" },
  { glob: "arm32v5/*", platform: "linux/arm/v5" },
  { glob: "amd64/*", platform: "linux/amd64" },
  { glob: "i386/*", platform: "linux/386" },
  { glob: "ppc64le/*", platform: "linux/ppc64le" },
  { glob: "s390x/*", platform: "linux/s390x" },
  { glob: "riscv64/*", platform: "linux/riscv64" },
  { glob: "mips64le/*", platform: "linux/mips64le" }
];
function onlyPlatformOf(image) {
  return SINGLE_PLATFORM_IMAGES.find((e) => matchesImageGlob(image, e.glob))?.platform ?? null;
}
function samePlatform(a, b) {
  const norm = (p) => p.trim().toLowerCase().replace(/^linux\/arm64\/v8$/, "linux/arm64").replace(/^linux\/aarch64$/, "linux/arm64").replace(/^linux\/x86_64$/, "linux/amd64");
  return norm(a) === norm(b);
}

// rules/base-image-platform.ts
var base_image_platform_default = defineRule({
  meta: {
    id: "base-image-platform",
    category: "base-image",
    severity: "warning",
    preset: "recommended",
    description: "`FROM --platform=` with a constant value (or the redundant `$TARGETPLATFORM`).",
    docs: {
      why: "A constant `--platform=linux/amd64` pins the stage to one architecture: a multi-platform build produces an amd64 image under an arm64 label, and on an ARM machine every build runs under emulation. Leave the flag out (the target platform is the default), or use `--platform=$BUILDPLATFORM` for a build stage that cross-compiles. `--platform=$TARGETPLATFORM` is the default already (reported as info). As in BuildKit, a stage whose name mentions the platform (`AS build-amd64`) is meant to be platform-specific and is not reported. Images published for one platform only are exempt when the flag names that platform: NVIDIA's Jetson images (`nvcr.io/nvidia/l4t-*`, `dustynv/*`: arm64) and the per-architecture namespaces of the official images (`arm64v8/…`, `amd64/…`); a flag naming another platform is reported, since no such image exists.",
      bad: "FROM --platform=linux/amd64 python:3.12-slim",
      good: "FROM python:3.12-slim\n\n# or, for a cross-compiling build stage:\nFROM --platform=$BUILDPLATFORM golang:1.23 AS build"
    },
    fixable: false,
    covers: ["DL3029", "DL3065", "FromPlatformFlagConstDisallowed", "RedundantTargetPlatform"]
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.flags.find((f) => f.name.toLowerCase() === "platform");
      const value = flag?.value?.trim();
      if (!flag || !value) continue;
      if (/^\$(\{TARGETPLATFORM\}|TARGETPLATFORM)$/.test(value)) {
        report({
          range: flag.range,
          severity: "info",
          message: "`--platform=$TARGETPLATFORM` is the default for `FROM`; remove the flag."
        });
        continue;
      }
      if (value.includes("$")) continue;
      const only = stage.image.name ? onlyPlatformOf(stage.image.name) : null;
      if (only && samePlatform(only, value)) continue;
      if (only) {
        report({ range: flag.range, message: `\`${stage.image.name.familiar}\` is published for \`${only}\` only, so \`--platform=${value}\` finds no image to pull; use \`--platform=${only}\` or another base.` });
        continue;
      }
      const [os2 = "", arch = ""] = value.toLowerCase().split("/");
      const name = stage.name ?? "";
      if (name && (os2 && name.includes(os2) || arch && name.includes(arch))) continue;
      report({
        range: flag.range,
        message: `\`--platform=${value}\` pins this stage to one platform, which breaks multi-platform builds and forces emulation elsewhere; remove it, or use \`$BUILDPLATFORM\` for a cross-compiling build stage.`
      });
    }
  }
});

// src/fix-edits.ts
function keywordInFileCase(model, keyword) {
  let lower = 0;
  let upper = 0;
  for (const ins of model.instructions) {
    if (ins.keywordText === ins.keywordText.toLowerCase()) lower++;
    else if (ins.keywordText === ins.keywordText.toUpperCase()) upper++;
  }
  return lower > upper ? keyword.toLowerCase() : keyword.toUpperCase();
}
function insertLinesBefore(model, ins, lines) {
  const at = { line: ins.range.start.line, column: 1 };
  const commentLines2 = new Set(model.comments.map((c) => c.range.start.line));
  while (commentLines2.has(at.line - 1)) at.line--;
  const indent = /^[ \t]*/.exec(model.lines[at.line - 1] ?? "")[0];
  return { range: { start: at, end: at }, text: lines.map((l) => `${indent}${l}
`).join("") };
}
function retagBaseImage(model, stage, tag) {
  const { raw, resolved, name, range } = stage.image;
  if (!name || name.digest || resolved === null) return null;
  if (raw === resolved) return tagEdit(model, range, raw, name.tag, tag);
  const arg = wholeVariable(raw);
  if (!arg) return null;
  const declarations = model.instructions.filter((ins) => ins.keyword === "ARG" && ins.properties.some((p) => p.name === arg));
  const global = declarations[0];
  if (declarations.length !== 1 || !global || global.stage !== null) return null;
  const readers = model.instructionsWithTriggers.filter((ins) => ins.expansions.some((use) => use.name === arg));
  if (readers.some((ins) => ins.keyword !== "FROM" || wholeVariable(ins.stage?.image.raw ?? "") !== arg)) return null;
  const value = global.properties.find((p) => p.name === arg);
  if (value.rawValue !== resolved || !value.valueRange) return null;
  return tagEdit(model, value.valueRange, resolved, name.tag, tag);
}
function wholeVariable(text) {
  const m = /^\$(?:\{(\w+)\}|(\w+))$/.exec(text);
  return m ? m[1] ?? m[2] : null;
}
function tagEdit(model, range, ref, old, tag) {
  if (range.start.line !== range.end.line) return null;
  const written = model.text.slice(model.lineIndex.offset(range.start), model.lineIndex.offset(range.end));
  if (written !== ref || old !== null && !ref.endsWith(`:${old}`)) return null;
  const end = range.end;
  if (old === null) return { range: { start: end, end }, text: `:${tag}` };
  return { range: { start: { line: end.line, column: end.column - old.length }, end }, text: tag };
}

// src/knowledge/file-purpose.ts
var DEV_FILE_NAME = /(^|[._-])(dev|devel|develop|development|devcontainer|ci|build|builder)([._-]|$)/i;
var DEV_FOLDERS = /* @__PURE__ */ new Set(["devcontainer", "dev", "ci", "build", "builder"]);
function isDevelopmentDockerfile(filePath) {
  const parts = filePath.replace(/\\/g, "/").split("/");
  const name = parts[parts.length - 1];
  const folder = parts[parts.length - 2] ?? "";
  return DEV_FILE_NAME.test(name) || folder.toLowerCase().split(/[-_.]/).some((part2) => DEV_FOLDERS.has(part2));
}
var TEST_FOLDER = /^(testdata|test[-_]data|testfiles?(-.*)?|testfile-.*|e2e)$/i;
function isTestDockerfile(filePath) {
  const folders = filePath.replace(/\\/g, "/").split("/").slice(0, -1);
  return folders.some((f) => TEST_FOLDER.test(f));
}
var AUXILIARY_STAGE = /(^|[-_])(validate|validation|test|tests|testing|lint|check|generate|generator|gen|vendor|dev|devel|develop|ci|bench|benchmark|export|artifacts?|binaries|release|docs|updates?|upgrades?)([-_]|$)/i;
function isAuxiliaryStageName(name) {
  return name !== null && AUXILIARY_STAGE.test(name);
}
function isBaseImageDefinition(model) {
  const final = model.finalStage;
  if (!final || final.parent !== null) return false;
  const own = final.instructions;
  if (own.some((i) => i.keyword === "ONBUILD" || copiesApplication(i))) return false;
  const cmd = own.filter((i) => i.keyword === "CMD").pop();
  const entrypoint = own.filter((i) => i.keyword === "ENTRYPOINT").pop();
  if (cmd && !bareInterpreter(cmd)) return false;
  if (entrypoint && !(entrypointScript(entrypoint) && cmd && cmd.index > entrypoint.index)) return false;
  return model.stages.some(pinsVersion) || parentFromArgument(final);
}
function parentFromArgument(stage) {
  return stage.parent === null && /^["']?\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)["']?$/.test(stage.image.raw.trim());
}
function pinsVersion(stage) {
  return stage.instructions.some(
    (i) => i.keyword === "ENV" && i.properties.some((p) => /_VERSION$/i.test(p.name) && /^["']?v?\d+(\.\d+)+/.test(p.rawValue ?? "") || /_COMMIT$/i.test(p.name) && /^["']?[0-9a-f]{7,40}["']?$/.test(p.value ?? p.rawValue ?? ""))
  );
}
var INTERPRETERS = /^(python[0-9.]*|node|php|ruby|irb|bash|sh|ash|zsh|jshell|ghci|erl|iex|julia|R|pwsh|dotnet)$/;
function bareInterpreter(ins) {
  const cmd = ins.script?.commands[0];
  return !!cmd?.name && INTERPRETERS.test(cmd.name) && cmd.args.every((w) => w.value.startsWith("-"));
}
function entrypointScript(ins) {
  const cmd = ins.script?.commands[0];
  return !!cmd && /(\.sh|entrypoint[^/]*)$/i.test(cmd.argv[0].value);
}
var IMAGE_INFRASTRUCTURE = /^\/(usr\/(local\/)?s?bin|etc|docker-entrypoint\.d)(\/|$)/;
function copiesApplication(ins) {
  if (ins.keyword !== "COPY" && ins.keyword !== "ADD" || ins.flags.some((f) => f.name.toLowerCase() === "from")) return false;
  const dest = ins.copy?.dest?.value ?? "";
  return (ins.copy?.sources ?? []).some((src) => {
    const base = src.raw.replace(/\/+$/, "").split("/").pop() ?? "";
    if (/^(\.|\*|)$/.test(base)) return true;
    return !(/(\.sh|^docker-[^/]*|entrypoint[^/]*)$/i.test(base) || IMAGE_INFRASTRUCTURE.test(dest));
  });
}
var DEV_COMMANDS = /^(\/usr\/sbin\/)?(sshd|pytest|tox|nox|bats|jest|vitest|ctest)$/;
var DEV_PACKAGES = /* @__PURE__ */ new Set(["openssh-server", "pdsh"]);
function isDevelopmentImage(model) {
  if (isDevelopmentDockerfile(model.path) || isTestDockerfile(model.path)) return true;
  const final = model.finalStage;
  if (!final) return false;
  for (const ins of [final.cmd, final.entrypoint]) {
    const first = ins?.script?.commands.find((c) => c.wrappedBy === null);
    const name = first?.name ?? "";
    if (DEV_COMMANDS.test(name) || first && /^(go|npm|yarn|pnpm|make|cargo)$/.test(name) && first.args[0]?.value === "test") return true;
  }
  return final.lineage.some((s) => s.instructions.some((i) => i.run?.script?.commands.some((c) => {
    const inv = c.invocation;
    return ["apt", "apk", "rpm"].includes(inv.tool ?? "") && inv.operands.some((w) => DEV_PACKAGES.has(w.value.split(/[=<>]/)[0]));
  })));
}
function buildsNothing(model) {
  return model.stages.length > 1 && model.stages.every((s) => s.instructions.length === 1);
}

// rules/base-image-tag.ts
var FLOATING = /* @__PURE__ */ new Set(["latest", "nightly", "edge", "rolling", "stable", "lts", "current", "mainline"]);
var base_image_tag_default = defineRule({
  meta: {
    id: "base-image-tag",
    category: "base-image",
    severity: "warning",
    preset: "recommended",
    description: "Base image without a tag, or with a floating tag such as `latest`.",
    docs: {
      why: "Without a tag Docker pulls `latest`, which moves whenever the publisher pushes: the same Dockerfile builds a different image next week, and a breaking upgrade arrives unannounced. Floating tags (`latest-gpu`, `nightly`, `edge`, `rolling`, `stable`, `lts`) move the same way. Name a version (and, for full reproducibility, a digest). A rolling-release distribution (openSUSE Tumbleweed, Arch Linux, Fedora Rawhide, Debian sid, Alpine edge) has no version tags: pin its digest or a dated snapshot tag where one exists (Arch Linux's `base-<date>.0.<build>`, registry.opensuse.org's `tumbleweed:<YYYYMMDD>`). Not reported: the parent of a layer in an image family built in order (jupyter docker-stacks' `ARG BASE_IMAGE=$REGISTRY/$OWNER/minimal-notebook` then `FROM $BASE_IMAGE`), when the file defines a base image (only its own scripts copied, no `ONBUILD`, no command beyond an interpreter; see `cmd-present`): the family's build passes the image it built just before.",
      bad: "FROM python\nFROM node:lts-alpine",
      good: "FROM python:3.12-slim\nFROM node:22.11-alpine3.20",
      fixSafety: "Unsafe, because the image changes from whatever `latest` is on the day of the build to the version it stood for when dlint's data was taken. For Docker Official Images pulled as `latest` or with no tag, the fix writes the version tag of the entry `latest` belongs to in docker-library/official-images (the data ships with dlint; `npm run knowledge:update -- --refresh` renews it), so the variant stays the same: `python` becomes `python:3.14`, the Debian image `latest` is, never `3.14-alpine`. The release line above the full version is chosen (`python:3.14` for `3.14.7`, `alpine:3.24`; `debian:13` and `postgres:18`, whose `13.6` and `18.6` are point releases; the major alone where there is no such tag, `amazonlinux:2023`; the one version an entry has, `ubuntu:26.04`): it no longer jumps to the next release line, yet keeps receiving the patch releases and OS security rebuilds the publisher pushes under it, where a full version is frozen once the next patch is out; pin a digest for a reproducible build. The line is read from the shape of each image's tags, not from its release policy: for `node` it is the minor (`26.7`), so write the major (`node:26`) if you want its minor releases too. The line may be older than the newest release by the time you run the fix: check it. No fix for other floating tags (`lts`, `edge`), for images that are not official or whose `latest` entry has no version tag (`hello-world`, `buildpack-deps`), for references with a digest or built from variables; a reference that is one global ARG (`FROM ${BASE}`) is fixed in the ARG's default, only when that ARG is declared once and read by nothing but such FROMs."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: ["DL3006", "DL3007"]
  },
  check({ model, report }) {
    const baseDefinition = isBaseImageDefinition(model);
    for (const stage of model.stages) {
      const { name, range, raw } = stage.image;
      if (!name || name.digest) continue;
      if (baseDefinition && parentFromArgument(stage)) continue;
      const rolling = stage.image.rollingRelease;
      if (rolling && !/\d/.test(name.tag ?? "")) {
        report({ range, message: `\`${raw}\` follows ${rolling.distribution}, a rolling release that changes with every snapshot; ${rolling.pinAdvice}.` });
        continue;
      }
      const pin = latestPinFor(name);
      const edit = pin ? retagBaseImage(model, stage, pin) : null;
      const fix = edit ? { fix: { description: `Pin \`${name.familiar}:${pin}\``, edits: [edit], safe: false } } : {};
      const advice2 = pin ? `pin a version tag such as \`${name.familiar}:${pin}\`, the line \`latest\` was on in the official images of ${LATEST_PINS_DATE}` : "pin a version tag";
      if (name.tag === null) {
        report({ range, message: `\`${raw}\` has no tag, so it means \`${raw}:latest\`, which changes without notice; ${advice2}.`, ...fix });
        continue;
      }
      const floating = name.tag.toLowerCase().split(/[-_]/).find((part2) => FLOATING.has(part2));
      if (floating) {
        report({ range, message: `\`${raw}\` uses the floating tag \`${name.tag}\`, which changes without notice; ${advice2}.`, ...fix });
      }
    }
  }
});

// src/shell/workdir.ts
var UNKNOWN_DIR = { root: "?", segments: [] };
function startDir(workdir) {
  return workdir?.startsWith("/") ? absoluteDir(workdir) : { root: ".", segments: [] };
}
function absoluteDir(path17) {
  return normalizeDir({ root: "/", segments: path17.split("/") });
}
function resolveDir(path17, cwd) {
  if (path17 === "" || path17 === "-" || path17.startsWith("~")) return null;
  if (path17.startsWith("/")) return absoluteDir(path17);
  return normalizeDir({ root: cwd.root, segments: [...cwd.segments, ...path17.split("/")] });
}
function normalizeDir(dir) {
  const out = [];
  for (const s of dir.segments) {
    if (s === "" || s === ".") continue;
    if (s === "..") {
      if (out.length > 0) out.pop();
      else if (dir.root !== "/") return UNKNOWN_DIR;
    } else out.push(s);
  }
  return { root: dir.root, segments: out };
}
function dirPath(dir) {
  return dir.root === "/" ? `/${dir.segments.join("/")}` : null;
}
function isWithin(dir, parent) {
  return dir.root === parent.root && parent.segments.length <= dir.segments.length && parent.segments.every((s, i) => dir.segments[i] === s);
}
function sameDir(a, b) {
  return isWithin(a, b) && a.segments.length === b.segments.length;
}

// rules/cd-in-run.ts
var TEMP_ROOTS = ["tmp", "var/tmp", "dev/shm"];
var NEUTRAL = /* @__PURE__ */ new Set(["cd", "pushd", "popd", "exit", "true", "false", ":", "return"]);
var DOWNLOAD_STEPS = /* @__PURE__ */ new Set([
  "curl",
  "wget",
  "gpg",
  "gpgv",
  "gpgconf",
  "sha1sum",
  "sha256sum",
  "sha512sum",
  "md5sum",
  "tar",
  "unzip",
  "xz",
  "unxz",
  "gzip",
  "gunzip",
  "bunzip2",
  "rm",
  "mkdir",
  "chmod",
  "chown",
  "ln",
  "mv",
  "cp",
  "echo",
  "printf",
  "export",
  "test",
  "[",
  "[[",
  "mktemp",
  "ls",
  "sleep",
  "apt-mark"
]);
var SYSTEM_TOOLS = /* @__PURE__ */ new Set(["apt", "apk", "rpm", "zypper"]);
var cd_in_run_default = defineRule({
  meta: {
    id: "cd-in-run",
    category: "correctness",
    severity: "warning",
    preset: "recommended",
    description: "`cd` in `RUN` into a lasting directory to run the commands after it there (use `WORKDIR`).",
    docs: {
      why: "A `cd` only lasts until the end of its `RUN`, so the next `RUN`, `COPY` with a relative destination, `CMD` and `ENTRYPOINT` all start somewhere else, and every later step has to repeat it. `WORKDIR` sets the directory once for the rest of the stage (and creates it), and readers see where each step runs.\n\nTo stay useful on real Dockerfiles the rule reports a `cd` only when the commands after it run in a directory that stays in the image: a `cd` into `/tmp` or into a folder the same `RUN` deletes (download, build, `cd ..`, `rm -rf` the sources) or leaves with a later `cd` (`cd /usr/src/php && make && cd / && docker-php-source delete`), or into a `--mount` target that exists only during the `RUN`, is the right tool and is not reported, nor a download stop (the commands after the `cd` only fetch, verify, unpack or move files: `mkdir -p /usr/src; cd /usr/src; curl -o php.tar.xz …; gpg --verify …`); nor a `cd` inside `( … )`, `$(…)`, a pipe or a `sh -c` child, `cd -`, `cd` into a directory named by a shell variable or `$(…)`, `pushd`/`popd`, or a final `cd` with nothing after it.",
      bad: "COPY . /app\nRUN cd /app && pip install --no-cache-dir -e .",
      good: "WORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -e ."
    },
    fixable: false,
    covers: ["DL3003"]
  },
  check({ model, report }) {
    for (const instruction of runInstructions(model)) {
      const cd = lastingCd(instruction);
      if (!cd) continue;
      const { word: word2, dir } = cd;
      const where = !word2.literal ? word2.value : dir.root === "/" ? `/${dir.segments.join("/")}` : null;
      const already = dir.root === "/" && instruction.state.workdir !== null && samePath(instruction.state.workdir, `/${dir.segments.join("/")}`);
      report({
        range: cd.command.argv[0].range,
        message: already ? `\`cd ${word2.value}\` is redundant: \`WORKDIR\` is already \`${instruction.state.workdir}\`; remove it.` : `\`cd ${word2.value}\` only lasts for this RUN; set ${where ? `\`WORKDIR ${where}\`` : "that directory with `WORKDIR`"} instead and run the commands there.`
      });
    }
  }
});
function lastingCd(instruction) {
  const commands = [...instruction.run.script.commands].sort((a, b) => comparePositions(a.range.start, b.range.start));
  const start = startDir(instruction.state.workdir);
  const candidates2 = [];
  const removed = [];
  const visited = [start];
  const moves = [];
  for (const command2 of commands) {
    const main = !command2.subshell && command2.wrappedBy === null;
    const inv = command2.invocation;
    if (main && (command2.name === "cd" || command2.name === "pushd")) {
      const operand = inv.operands[0];
      const target = operand ? directoryOf(operand, command2.cwd) : null;
      const usable = target && target.root !== "?" && !isRoot(target) && !target.segments.some((s) => /[*?[]/.test(s)) && !((isWithin(command2.cwd, target) || sameDir(target, start)) && !sameDir(command2.cwd, start));
      const word2 = command2.args.find((w) => w.range === operand?.range);
      if (command2.name === "cd" && word2 && usable) candidates2.push({ command: command2, word: word2, dir: target });
      if (target && target.root !== "?") moves.push({ command: command2, dir: target });
      visited.push(target ?? UNKNOWN_DIR);
    } else if (inv.tool === "rm" && hasOption(inv, "-r", "-R", "--recursive")) {
      for (const operand of inv.operands) {
        for (const base of [command2.cwd, ...visited]) {
          const dir = directoryOf(operand, base);
          if (dir) removed.push(dir);
        }
      }
    }
  }
  const env = instruction.state.env;
  const mounts = instruction.run.mounts.flatMap((m) => {
    const target = m.target === null ? null : processWord(m.target, env);
    const dir = target && !target.unresolved.length ? resolveDir(target.value, start) : null;
    return dir ? [dir] : [];
  });
  for (const candidate of candidates2) {
    const later = commands.filter((c) => comparePositions(c.range.start, candidate.command.range.end) >= 0 && !NEUTRAL.has(c.name ?? ""));
    if (later.length === 0) continue;
    if (later.every((c) => DOWNLOAD_STEPS.has(c.name ?? "") || SYSTEM_TOOLS.has(c.invocation.tool ?? ""))) continue;
    if (isTemp(candidate.dir) || mounts.some((m) => !isRoot(m) && isWithin(candidate.dir, m))) continue;
    if (removed.some((r) => covers2(r, candidate.dir))) continue;
    const leaves = moves.some((m) => comparePositions(m.command.range.start, candidate.command.range.end) >= 0 && !isWithin(m.dir, candidate.dir));
    if (leaves) continue;
    return candidate;
  }
  return null;
}
function directoryOf(word2, cwd) {
  return word2.literal ? resolveDir(word2.value, cwd) : null;
}
function isRoot(dir) {
  return dir.root === "/" && dir.segments.length === 0;
}
function isTemp(dir) {
  if (dir.root !== "/") return false;
  const path17 = dir.segments.join("/");
  return TEMP_ROOTS.some((t) => path17 === t || path17.startsWith(`${t}/`));
}
function covers2(removed, dir) {
  if (removed.root !== dir.root || removed.root === "?" || removed.segments.length === 0) return false;
  if (removed.segments.length > dir.segments.length) return false;
  return removed.segments.every((s, i) => globMatch(s, dir.segments[i]));
}
function globMatch(pattern, name) {
  if (!/[*?[]/.test(pattern)) return pattern === name;
  const re = pattern.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  try {
    return new RegExp(`^${re}$`).test(name);
  } catch {
    return false;
  }
}
function samePath(a, b) {
  return a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}

// src/knowledge/image-defaults.ts
var SERVICE_IMAGES = [
  "nginx",
  "httpd",
  "caddy",
  "haproxy",
  "traefik",
  "tomcat",
  "jetty",
  "postgres",
  "mysql",
  "mariadb",
  "mongo",
  "redis",
  "rabbitmq",
  "elasticsearch",
  "kibana",
  "logstash",
  "memcached",
  "cassandra",
  "couchdb",
  "couchbase",
  "neo4j",
  "solr",
  "zookeeper",
  "wordpress",
  "ghost",
  "nextcloud",
  "drupal",
  "joomla",
  "odoo",
  "sonarqube",
  "registry",
  "nats",
  "influxdb",
  "telegraf",
  "chronograf",
  "kapacitor",
  "eclipse-mosquitto",
  "mongo-express",
  "adminer",
  "matomo",
  "mediawiki",
  "friendica",
  "redmine",
  "rocket.chat",
  "varnish",
  "kong",
  "consul",
  "vault",
  "clickhouse",
  "questdb",
  "percona",
  "postfixadmin",
  "yourls",
  "api-firewall",
  "spiped",
  "znc",
  "unit",
  "bonita",
  "liquibase",
  "flink",
  "storm",
  "emqx",
  "arangodb",
  "aerospike",
  "orientdb",
  "rethinkdb",
  "xwiki",
  "geonetwork",
  "nuxeo",
  "convertigo",
  "silverpeas",
  "lightstreamer",
  "plone",
  "phpmyadmin",
  "kapacitor",
  /^nginxinc\//,
  /^bitnami\//,
  /^grafana\//,
  /^prom\//,
  /^jenkins\//,
  /^gitlab\//,
  /^minio\//,
  /^hashicorp\//,
  /^confluentinc\//,
  /^apache\//,
  /^docker\.elastic\.co\//,
  /^quay\.io\/keycloak\//,
  /^ollama\/ollama$/,
  /^vllm\/vllm-openai$/,
  /^ghcr\.io\/huggingface\/text-generation-inference$/,
  /^ghcr\.io\/huggingface\/text-embeddings-inference$/,
  /^nvcr\.io\/nvidia\/tritonserver$/,
  /^(quay\.io\/)?jupyter\//,
  /^openresty\//,
  /^linuxserver\//,
  /^lscr\.io\//,
  /^selenium\//,
  /^mcr\.microsoft\.com\/mssql\//,
  /^pytorch\/torchserve$/,
  /^tensorflow\/serving$/,
  /^seldonio\//,
  /^bentoml\/model-server$/,
  /^envoyproxy\//,
  /^istio\//,
  /^ghcr\.io\/open-webui\//,
  /^searxng\//
];
function isServiceImage(image) {
  const name = image.familiar;
  return SERVICE_IMAGES.some((p) => typeof p === "string" ? p === name : p.test(name)) || /(^|-)(apache|fpm)(-|$)/.test(image.tag ?? "") && name === "php";
}
var NON_ROOT_DEFAULTS = [
  // gcr.io/distroless: the `nonroot` tags set `USER 65532` (github.com/GoogleContainerTools/distroless, README "Image
  // Contents"); other publishers follow the same tag convention (`static:nonroot`, `base-nonroot`).
  { image: /./, tag: /(^|[-_.])nonroot([-_.]|$)/, user: "65532" },
  // Chainguard images run as `nonroot` (65532) except the `-dev` variants (edu.chainguard.dev, "Chainguard Containers
  // Overview": "minimal images run as non-root by default").
  { image: /^cgr\.dev\/chainguard\//, tag: /^(?!.*(^|-)dev$)/, user: "65532" },
  // jupyter docker-stacks: docker-stacks-foundation ends with `USER ${NB_UID}` (jovyan, 1000), and every image of the
  // family builds on it (github.com/jupyter/docker-stacks, images/docker-stacks-foundation/Dockerfile).
  { image: /^(quay\.io\/)?jupyter\//, user: "jovyan" },
  // Gitpod workspace images: workspace-base ends with `USER gitpod` (33333), the others build on it
  // (github.com/gitpod-io/workspace-images, base/Dockerfile).
  { image: /^gitpod\/workspace-/, user: "gitpod" },
  // Bitnami's application images are non-root containers running as 1001 (docs.bitnami.com, "Work with non-root
  // containers"); minideb is a plain Debian base that runs as root.
  { image: /^bitnami\/(?!minideb$)/, user: "1001" },
  // NGINX's unprivileged image: `USER $UID` (101) (github.com/nginxinc/docker-nginx-unprivileged, Dockerfile).
  { image: /^nginxinc\/nginx-unprivileged$/, user: "101" },
  // jenkins/jenkins ends with `USER ${user}` (jenkins) (github.com/jenkinsci/docker, debian/bookworm/hotspot/Dockerfile).
  { image: /^jenkins\/jenkins$/, user: "jenkins" },
  // .NET's chiseled Ubuntu images set `USER $APP_UID` (app, 1654) (github.com/dotnet/dotnet-docker,
  // documentation/ubuntu-chiseled.md).
  { image: /^mcr\.microsoft\.com\/dotnet\//, tag: /chiseled/, user: "1654" }
];
function nonRootDefaultUser(image) {
  const tag = image.tag ?? "latest";
  return NON_ROOT_DEFAULTS.find((e) => e.image.test(image.familiar) && (!e.tag || e.tag.test(tag)))?.user ?? null;
}
var GENERIC_BASES = [
  "nvidia/cuda",
  "nvcr.io/nvidia/cuda",
  "nvcr.io/nvidia/pytorch",
  "nvcr.io/nvidia/tensorflow",
  "pytorch/pytorch",
  "tensorflow/tensorflow",
  "rocm/*",
  "continuumio/*",
  "condaforge/*",
  "mambaorg/micromamba",
  "gcr.io/distroless/*",
  "cgr.dev/chainguard/*",
  "registry.access.redhat.com/*",
  "public.ecr.aws/docker/library/*",
  "mcr.microsoft.com/dotnet/*"
];
function runsAsRootByDefault(image) {
  return !nonRootDefaultUser(image) && (isOfficialImage(image) || GENERIC_BASES.some((g) => matchesImageGlob(image, g)));
}
function hasGenericDefaultCommand(image) {
  if (isServiceImage(image)) return false;
  return isOfficialImage(image) || GENERIC_BASES.some((g) => matchesImageGlob(image, g));
}
var PRIVILEGE_DROPPERS = /* @__PURE__ */ new Set(["gosu", "su-exec", "setpriv", "s6-setuidgid", "chpst", "runuser"]);
var SELF_DROPPING_SERVERS = [/^php-fpm[0-9.]*$/, /^apache2-foreground$/, /^httpd-foreground$/, /^apache2ctl$/, /^httpd$/, /^nginx$/];
var OFFICIAL2 = new Set(OFFICIAL_IMAGES);
var SETS_WORKDIR = /* @__PURE__ */ new Set([
  "golang",
  "php",
  "tomcat",
  "httpd",
  "wordpress",
  "drupal",
  "joomla",
  "nextcloud",
  "ghost",
  "redmine",
  "odoo",
  "solr",
  "mediawiki",
  "matomo",
  "friendica",
  "backdrop",
  "yourls",
  "postfixadmin",
  "phpmyadmin",
  "xwiki",
  "sonarqube",
  "jetty",
  "flink",
  "storm",
  "zookeeper",
  "neo4j",
  "kong",
  "haproxy",
  "gradle",
  "groovy",
  "clojure",
  "swift",
  "elixir",
  "geonetwork",
  "bonita",
  "convertigo",
  "lightstreamer",
  "nats",
  "liquibase",
  "kibana",
  "logstash",
  "elasticsearch",
  "rabbitmq",
  "unit",
  "emqx",
  "caddy",
  "traefik",
  "influxdb",
  "chronograf",
  "api-firewall",
  "silverpeas",
  "plone"
]);
function startsAtRoot(image) {
  if (image.isScratch) return true;
  const name = image.name;
  if (!name) return false;
  if (name.familiar === "nvidia/cuda") return true;
  return name.registry === null && name.namespace === "library" && OFFICIAL2.has(name.repository) && !SETS_WORKDIR.has(name.repository);
}
var PIP_CACHE_OFF = [
  /^registry\.(access\.redhat\.com|redhat\.io)\/ubi[89]\/python-3\d+(-minimal)?$/,
  /^quay\.io\/sclorg\/python-3\d+-c\d+s$/
];
function disablesPipCache(image) {
  return PIP_CACHE_OFF.some((p) => p.test(image.familiar));
}

// rules/cmd-present.ts
var cmd_present_default = defineRule({
  meta: {
    id: "cmd-present",
    category: "runtime",
    severity: "warning",
    preset: "recommended",
    description: "The final stage declares neither `CMD` nor `ENTRYPOINT`.",
    docs: {
      why: "Without `CMD` or `ENTRYPOINT` the container runs the base image's default command (a shell or a Python REPL), not your application: `docker run image` starts and exits. The rule follows `FROM <stage>` inheritance, and reports only bases whose default command is known to be a shell or a REPL (official OS and language images, CUDA and framework images). It stays silent on bases whose default command already starts a service (`nginx`, `postgres`, `ollama/ollama`, …) or is unknown (a team's own base image), on `FROM scratch` stages that only collect files (build outputs), on development, CI and dev-container images, known by their file name (`Dockerfile.dev`, `.devcontainer/Dockerfile`) or their content (`sshd` or a test runner as the command, `openssh-server`/`pdsh` installed), or final stages named as build targets (`validate`, `test`, `generate`, `dev`, `export`, …), whose command comes from the tool that runs them; and on files that define a base image for others, known by their shape: the final stage is built on an image (not a stage of the file), copies from the build context only the image's own scripts and configuration (`docker-entrypoint.sh`, files for `/usr/local/bin` or `/etc`), has no `ONBUILD` and no command beyond a bare interpreter or shell (`CMD [\"python3\"]`) or entrypoint beyond a script followed by such a command, and either pins the runtime it installs with a version variable (`ENV RUST_VERSION=1.83.0`, as docker-library's and .NET's images do) or takes its whole parent from a build argument (`FROM $BASE_IMAGE`, a layer of an image family built in order such as jupyter docker-stacks).",
      bad: "FROM python:3.12-slim\nCOPY app.py /app/app.py",
      good: 'FROM python:3.12-slim\nCOPY app.py /app/app.py\nCMD ["python", "/app/app.py"]'
    },
    fixable: false,
    covers: []
  },
  check({ model, report }) {
    const final = model.finalStage;
    if (!final || isDevelopmentImage(model) || buildsNothing(model) || isAuxiliaryStageName(final.name) || isBaseImageDefinition(model)) return;
    if (final.cmd || final.entrypoint) return;
    const root = final.rootImage;
    if (root.isScratch) {
      const onlyFiles = final.instructions.every((i) => ["FROM", "COPY", "ADD", "LABEL", "ARG"].includes(i.keyword));
      if (onlyFiles) return;
    } else if (!root.name || !hasGenericDefaultCommand(root.name)) {
      return;
    }
    report({
      range: final.from.range,
      message: `The final stage has no CMD or ENTRYPOINT, so the container runs the default command of \`${root.raw}\`; add \`CMD ["…"]\` that starts your application.`
    });
  }
});

// rules/conda-cleanup.ts
var CONDA_PKGS = ["/opt/conda/pkgs", "/opt/miniconda3/pkgs", "/opt/miniforge3/pkgs", "/opt/mamba/pkgs", "/root/miniconda3/pkgs", "/root/.conda/pkgs"];
var CONDA_ROOT = /(^|\/)(mini|ana)?(conda|forge|mamba)\d*$/i;
var conda_cleanup_default = defineRule({
  meta: {
    id: "conda-cleanup",
    category: "size",
    severity: "info",
    preset: "recommended",
    description: "`conda`/`mamba`/`micromamba` install or create without `conda clean -afy` (or a cache mount on `pkgs`) in the same `RUN`.",
    docs: {
      why: "conda keeps every downloaded package archive and its extracted copy in `<conda root>/pkgs`. For ML environments (PyTorch, CUDA libraries) that is gigabytes left in the layer next to the installed environment. `conda clean -afy` (`mamba clean -afy`, `micromamba clean --all --yes`) in the same `RUN` removes them; with BuildKit a cache mount on the `pkgs` folder keeps them out of the layer and reuses them on rebuilds.",
      bad: "RUN conda install -y -c conda-forge numpy pandas",
      good: "RUN conda install -y -c conda-forge numpy pandas && conda clean -afy\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/opt/conda/pkgs conda install -y -c conda-forge numpy pandas",
      fixSafety: "The fix ends the same `RUN` with `conda clean -afy` (`mamba clean -afy`, `micromamba clean --all --yes`; the program written as in the install), joined with `&&` in the `RUN`'s continuation style so the `RUN` still fails when its commands fail. It is safe: conda and micromamba link packages into environments with hard links or copies, so the environments keep their files, and a later install downloads what it needs again. (Only an installation configured with `always_softlink` links back into `pkgs`; such a setup breaks with any `conda clean -f`.) No fix for exec form, a last command sent to the background, or an install run through a wrapper other than `sudo`."
    },
    fixable: true,
    fixKind: "safe",
    covers: []
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run.script;
      const installs2 = cacheFillsIn(script, "conda");
      if (installs2.length === 0 || !ins.stage) continue;
      if (cacheMountTargets(ins).some((t) => /\/pkgs$|\.cache\/(conda|mamba)|\/(conda|mamba)\/pkgs/.test(t))) continue;
      const cleans = runsClean(
        script,
        "conda",
        (inv) => inv.subcommand === "clean" && hasOption(inv, "-a", "-t", "-p", "-f", "--all", "--tarballs", "--packages", "--force-pkgs-dirs")
      );
      if (cleans || runsCleanupScript(script) || removesPath(script, (p) => /\/pkgs(\/|$)/.test(p))) continue;
      if (!cacheShips(model, ins.stage, CONDA_PKGS, (p) => CONDA_ROOT.test(p))) continue;
      const { command: command2, invocation, subcommand } = installs2[0];
      const clean = command2.name === "micromamba" ? "clean --all --yes" : "clean -afy";
      const tool = `${command2.name} ${clean}`;
      const program = programText(model, command2);
      const prefix = runAsPrefix(command2);
      const fixed = `${prefix ?? ""}${program ?? ""} ${clean}`;
      const edit = program === null || prefix === null ? null : appendCommand(model, ins, fixed);
      const verb = invocation.path.map((w) => w.value).join(" ");
      report({
        range: subcommand.range,
        message: `\`${command2.name} ${verb}\` leaves the downloaded packages in \`pkgs\`; end the same \`RUN\` with \`${tool}\`, or use \`RUN --mount=type=cache,target=/opt/conda/pkgs\`.`,
        ...edit ? { fix: { description: `End the \`RUN\` with \`${fixed}\``, edits: [edit], safe: true } } : {}
      });
    }
  }
});

// src/context/dependency-files.ts
import path5 from "node:path";

// src/context/conda-env.ts
var NAME3 = /^[A-Za-z0-9_][A-Za-z0-9._-]*/;
function isPinnedCondaSpec(spec) {
  const s = spec.trim().replace(/^[^\s:]+::/, "");
  const name = NAME3.exec(s)?.[0];
  if (!name) return true;
  let rest = s.slice(name.length).trim();
  const bracket = /\[\s*version\s*=\s*['"]?([^'"\]]+)['"]?/.exec(rest);
  if (bracket) rest = `=${bracket[1]}`;
  else rest = rest.replace(/\[.*\]$/, "").trim();
  if (!rest) return false;
  const version = rest.startsWith("=") ? rest.replace(/^==?/, "") : /^\d/.test(rest) ? rest : "";
  return version !== "" && !/[<>!~,|]/.test(version.split(/[\s=]/)[0]);
}
function parseCondaEnv(text) {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length) return null;
  const root = doc.contents;
  if (!isMap(root)) return null;
  const deps = root.get("dependencies", true);
  const specs = [];
  const pip = { lines: [] };
  if (!isSeq(deps)) return { specs, pip };
  const at = (node) => {
    const [start, end] = node.range ?? [0, 0];
    const pos = lineCounter.linePos(start);
    const endPos = lineCounter.linePos(end);
    return { line: pos.line, column: pos.col, end: endPos.line === pos.line ? endPos.col : pos.col + String(node.value ?? "").length };
  };
  for (const item of deps.items) {
    if (isScalar(item) && typeof item.value === "string") {
      const p = at(item);
      specs.push({ line: p.line, column: p.column, endColumn: p.end, text: item.value, pinned: isPinnedCondaSpec(item.value) });
    } else if (isMap(item)) {
      const list = item.get("pip", true);
      if (!isSeq(list)) continue;
      for (const entry of list.items) {
        if (!isScalar(entry) || typeof entry.value !== "string") continue;
        const p = at(entry);
        const quoted = entry.type === "QUOTE_DOUBLE" || entry.type === "QUOTE_SINGLE";
        pip.lines.push({ text: entry.value, line: p.line, column: p.column + (quoted ? 1 : 0) });
      }
    }
  }
  return { specs, pip };
}
function parseCondaSpecList(text) {
  if (/^@EXPLICIT\s*$/m.test(text)) return [];
  const out = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const body = raw.replace(/(^|\s)#.*$/, "");
    const spec = body.trim();
    if (!spec || spec.startsWith("-") || spec.startsWith("@")) return;
    const column = body.length - body.trimStart().length + 1;
    out.push({ line: i + 1, column, endColumn: column + spec.length, text: spec, pinned: isPinnedCondaSpec(spec) });
  });
  return out;
}

// src/context/copies.ts
import path3 from "node:path";

// src/context/dockerignore.ts
var import_dockerignore = __toESM(require_ignore(), 1);
import path2 from "node:path";
function dockerIgnoreFileOf(context) {
  if (context.dockerfile && !context.dockerfile.startsWith("../")) {
    const specific = `${context.dockerfile}.dockerignore`;
    if (context.exists(specific) && !context.isDirectory(specific)) return specific;
  }
  return context.exists(".dockerignore") && !context.isDirectory(".dockerignore") ? ".dockerignore" : null;
}
function loadDockerIgnore(context) {
  const file = dockerIgnoreFileOf(context);
  if (!file) return null;
  const text = context.read(file);
  if (text === null) return null;
  return parseDockerIgnore(text, file);
}
function readPatterns(text) {
  const out = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    if (raw.startsWith("#")) continue;
    const p = raw.trim();
    if (p) out.push(p);
  }
  return out;
}
function escapeLiteralMeta(pattern) {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\" && i + 1 < pattern.length) {
      out += ch + pattern[++i];
      continue;
    }
    out += "+()|{}".includes(ch) ? `\\${ch}` : ch;
  }
  return out;
}
function parseDockerIgnore(text, file = ".dockerignore") {
  const patterns = readPatterns(text);
  const matcher = import_dockerignore.default.default({ ignorecase: false }).add(patterns.map(escapeLiteralMeta));
  const single = patterns.map((p) => p.startsWith("!") ? null : import_dockerignore.default.default({ ignorecase: false }).add(escapeLiteralMeta(p)));
  return {
    file,
    patterns,
    excludes(relPath) {
      const p = normalizeContextPath(relPath);
      return p !== "" && p !== "." && matcher.ignores(p);
    },
    excludedBy(relPath) {
      const p = normalizeContextPath(relPath);
      for (let k = patterns.length - 1; k >= 0; k--) if (p && single[k]?.ignores(p)) return patterns[k];
      return null;
    }
  };
}
function normalizeContextPath(p) {
  const n = path2.posix.normalize(p.replace(/^\/+/, "") || ".");
  return n === "." || n === "./" ? "" : n.replace(/\/+$/, "").replace(/^\.\//, "");
}

// src/context/copies.ts
function workdirOf(instruction) {
  const w = instruction.state.workdir;
  if (!w) return "/";
  return path3.posix.normalize(w.startsWith("/") ? w : `/${w.replace(/\\/g, "/")}`);
}
var URL_SOURCE = /^([a-z][a-z0-9+.-]*:\/\/|git@)/i;
var GLOB = /[*?[]/;
function copyInfo(instruction, knownDirs = /* @__PURE__ */ new Set()) {
  const copy = instruction.copy;
  if (!copy) return null;
  if (!copy.dest) return { instruction, fromContext: false, sources: [], dest: null, destIsDir: false };
  const fromFlag = instruction.flags.some((f) => f.name.toLowerCase() === "from");
  const destText = copy.dest.value;
  const workdir = workdirOf(instruction);
  const dest = destText === null ? null : destText.startsWith("/") ? path3.posix.normalize(destText) : path3.posix.join(workdir, destText);
  const sources = copy.sources.filter((arg) => !URL_SOURCE.test(arg.raw)).map((arg) => ({ arg, path: arg.value === null ? null : normalizeContextPath(arg.value), glob: arg.value !== null && GLOB.test(arg.value) }));
  const destNorm = dest === null ? null : dest.replace(/\/+$/, "") || "/";
  const destIsDir = destText !== null && (destText.endsWith("/") || destText === "." || copy.sources.length + copy.heredocs.length > 1 || destNorm !== null && (knownDirs.has(destNorm) || destNorm === workdir.replace(/\/+$/, "")));
  return { instruction, fromContext: !fromFlag && copy.heredocs.length === 0, sources, dest: destNorm, destIsDir };
}
function instructionsBefore(instruction) {
  const chain = [...instruction.stage?.lineage ?? []].reverse();
  const out = [];
  for (const s of chain) {
    for (const i of s.instructions) {
      if (i === instruction) return out;
      out.push(i);
    }
  }
  return out;
}
function knownDirsBefore(before3) {
  const dirs = /* @__PURE__ */ new Set(["/"]);
  for (const i of before3) {
    for (let d = workdirOf(i).replace(/\/+$/, ""); d && d !== "/" && d !== "."; d = path3.posix.dirname(d)) dirs.add(d);
  }
  return dirs;
}
function copiesBefore(instruction) {
  const stage = instruction.stage;
  if (stage && stage.instructions.includes(instruction)) return copiesIn(stage).filter((c) => c.instruction.index < instruction.index);
  const before3 = instructionsBefore(instruction);
  const out = [];
  for (let k = 0; k < before3.length; k++) {
    const info = copyInfo(before3[k], knownDirsBefore(before3.slice(0, k + 1)));
    if (info) out.push(info);
  }
  return out;
}
function globRegExp2(glob) {
  let re = "^";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, "\\$&");
  }
  return new RegExp(`${re}$`);
}
function matchesGlob(glob, relPath) {
  return globRegExp2(glob).test(relPath);
}
function under(dir, p) {
  if (dir === "/") return p.replace(/^\/+/, "");
  if (p === dir) return "";
  return p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : null;
}
function looksLikeDir(source, context) {
  if (source.path === null) return null;
  if (source.path === "" || source.arg.raw.endsWith("/")) return true;
  if (context && context.exists(source.path)) return context.isDirectory(source.path);
  return null;
}
var copiesCache = /* @__PURE__ */ new WeakMap();
function copiesIn(stage) {
  if (!stage) return [];
  let cached = copiesCache.get(stage);
  if (!cached) copiesCache.set(stage, cached = readCopies(stage));
  return cached;
}
function readCopies(stage) {
  const all = [...stage.lineage].reverse().flatMap((s) => s.instructions);
  const out = [];
  for (let k = 0; k < all.length; k++) {
    const info = copyInfo(all[k], knownDirsBefore(all.slice(0, k + 1)));
    if (info) out.push(info);
  }
  return out;
}
function originIn(copies, target, context) {
  for (let k = copies.length - 1; k >= 0; k--) {
    const copy = copies[k];
    if (copy.dest === null) {
      if (!copy.fromContext) continue;
      return null;
    }
    if (!copy.fromContext) {
      if (under(copy.dest, target) !== null) return null;
      continue;
    }
    for (let s = copy.sources.length - 1; s >= 0; s--) {
      const source = copy.sources[s];
      if (source.path === null) {
        if (under(copy.dest, target) !== null) return null;
        continue;
      }
      const isDir = looksLikeDir(source, context);
      if (source.glob) {
        if (!copy.destIsDir) continue;
        const rest = under(copy.dest, target);
        if (rest === null || rest === "" || rest.includes("/")) continue;
        const candidate = normalizeContextPath(path3.posix.join(path3.posix.dirname(source.path), rest));
        if (matchesGlob(source.path, candidate)) return { contextPath: candidate, copy, source };
        continue;
      }
      if (isDir !== false) {
        const rest = under(copy.dest, target);
        if (rest !== null && rest !== "") {
          const contextPath = normalizeContextPath(path3.posix.join(source.path, rest));
          if (context ? context.exists(contextPath) : isDir === true || path3.posix.extname(source.path) === "") return { contextPath, copy, source };
        }
      }
      if (isDir !== true) {
        const fileTarget = copy.destIsDir ? path3.posix.join(copy.dest, path3.posix.basename(source.path)) : copy.dest;
        if (fileTarget === target) return { contextPath: source.path, copy, source };
      }
    }
  }
  return void 0;
}
function contextOrigin(instruction, imagePath, context) {
  const target = path3.posix.normalize(imagePath);
  for (const m of instruction.run?.mounts ?? []) {
    if (m.type !== "bind" || m.from !== null || m.target === null) continue;
    const mountTarget = path3.posix.join(m.target.startsWith("/") ? "/" : workdirOf(instruction), m.target);
    const rest = under(mountTarget, target);
    if (rest === null) continue;
    return { contextPath: normalizeContextPath(path3.posix.join(m.source ?? "", rest)), copy: null, source: null };
  }
  return originIn(copiesBefore(instruction), target, context) ?? null;
}
function contextOriginIn(stage, imagePath, context) {
  return originIn(copiesIn(stage), path3.posix.normalize(imagePath), context);
}
function commandCwd(instruction, command2) {
  const { root, segments } = command2.cwd;
  if (root === "?") return null;
  return root === "/" ? dirPath(command2.cwd) : path3.posix.join(workdirOf(instruction), ...segments);
}
function imagePathOf(instruction, command2, written) {
  if (written.startsWith("/")) return path3.posix.normalize(written);
  if (written.startsWith("~") || written.startsWith("$")) return null;
  const cwd = commandCwd(instruction, command2);
  return cwd === null ? null : path3.posix.resolve(cwd, written);
}
function wholeContextCopies(model) {
  const out = [];
  for (const instruction of model.instructions) {
    const copy = copyInfo(instruction);
    if (!copy?.fromContext) continue;
    const source = copy.sources.find((s) => s.path === "");
    if (source) out.push({ copy, source });
  }
  return out;
}

// src/context/installs.ts
function install(base, fields) {
  return { files: [], manifests: [], buildsProject: false, projectOnly: false, namedPackages: false, projectPath: null, ...base, ...fields };
}
function isProjectPath(value) {
  return /^(\.{1,2}|\.{1,2}\/\S*|\/[^\s:]*)(\[[^\]]*\])?$/.test(value) && !/\.(whl|tar\.gz|zip|txt)$/.test(value);
}
function pythonInstall(base, inv) {
  if (inv.tool === "uv" && inv.subcommand === "sync") {
    const noProject = hasOption(inv, "--no-install-project", "--no-install-workspace", "--only-dev");
    return install(base, {
      word: inv.path[0],
      ecosystem: "python",
      label: "uv sync",
      manifests: ["pyproject.toml", "uv.lock"],
      buildsProject: !noProject,
      projectOnly: hasOption(inv, "--only-install-project", "--no-deps")
    });
  }
  const uv = inv.tool === "uv";
  const sub = uv ? inv.subcommand?.replace(/^pip /, "") : inv.subcommand;
  if (uv && !inv.subcommand?.startsWith("pip ") || !uv && inv.program === "pipx" || sub !== "install" && sub !== "sync") return null;
  const label = uv ? "uv pip" : "pip";
  const subcommand = inv.path[inv.path.length - 1];
  const operands = inv.operands;
  const files = [];
  for (const { value, word: word2 } of optionValues(inv, "-r", "--requirement", "--requirements")) files.push({ path: value, word: word2, kind: "requirement" });
  for (const { value, word: word2 } of optionValues(inv, "-c", "--constraint", "--constraints")) files.push({ path: value, word: word2, kind: "constraint" });
  if (sub === "sync") for (const w of operands) files.push({ path: w.value, word: w, kind: "requirement" });
  const editable = optionValues(inv, "-e", "--editable").map((v) => v.value);
  const projectPath = [...editable, ...sub === "install" ? operands.map((w) => w.value) : []].find(isProjectPath) ?? null;
  const project = projectPath !== null;
  const named = sub === "install" && operands.some((w) => !isProjectPath(w.value));
  const reqFile = files.find((f) => f.kind === "requirement");
  return install(base, {
    word: subcommand,
    ecosystem: "python",
    label: reqFile ? `${label} ${sub} -r ${reqFile.path}` : `${label} ${sub} ${project ? "." : ""}`.trim(),
    files,
    manifests: project ? ["pyproject.toml", "setup.py", "setup.cfg"] : [],
    buildsProject: project,
    projectOnly: project && hasOption(inv, "--no-deps"),
    namedPackages: named,
    projectPath: projectPath?.replace(/\[[^\]]*\]$/, "") ?? null
  });
}
function condaInstall(base, inv) {
  const sub = inv.subcommand;
  if (!sub) return null;
  const envCommand = sub === "env create" || sub === "env update";
  const micromambaFile = inv.program === "micromamba" && ["create", "install", "update"].includes(sub);
  const fileOption = optionValues(inv, "-f", "--file");
  if (!envCommand && !micromambaFile && !(["install", "create"].includes(sub) && fileOption.length)) return null;
  const files = fileOption.map(({ value, word: word2 }) => ({
    path: value,
    word: word2,
    kind: /\.ya?ml$/i.test(value) ? "conda-env" : "conda-specs"
  }));
  if (envCommand && files.length === 0) files.push({ path: "environment.yml", word: null, kind: "conda-env" });
  if (files.length === 0) return null;
  return install(base, {
    word: inv.path[inv.path.length - 1],
    ecosystem: "conda",
    label: `${inv.program} ${inv.path.map((w) => w.value).join(" ")} -f ${files[0].path}`,
    files
  });
}
function otherInstall(base, inv, program) {
  const sub = inv.subcommand;
  const word2 = inv.path[inv.path.length - 1] ?? program;
  const global = hasOption(inv, "-g", "--global");
  switch (inv.tool) {
    case "poetry":
      if (sub !== "install") return null;
      return install(base, {
        word: word2,
        ecosystem: "python",
        label: "poetry install",
        manifests: ["pyproject.toml", "poetry.lock"],
        buildsProject: !hasOption(inv, "--no-root", "--no-directory"),
        projectOnly: hasOption(inv, "--only-root")
      });
    case "pipenv":
      if (sub !== "install" && sub !== "sync" || inv.operands.length > 0) return null;
      return install(base, { word: word2, ecosystem: "python", label: `pipenv ${sub}`, manifests: ["Pipfile", "Pipfile.lock"] });
    case "npm":
      if (sub !== "ci" && !(inv.path[0]?.value === "install" || inv.path[0]?.value === "i")) return null;
      if (sub !== "ci" && (inv.operands.length > 0 || global)) return null;
      return install(base, { word: word2, ecosystem: "node", label: `npm ${word2.value}`, manifests: ["package.json", "package-lock.json", "npm-shrinkwrap.json"] });
    case "yarn":
      if (sub !== null && sub !== "install") return null;
      return install(base, { word: word2, ecosystem: "node", label: sub ? "yarn install" : "yarn", manifests: ["package.json", "yarn.lock"] });
    case "pnpm":
      if (sub !== "install" || inv.operands.length > 0 || global) return null;
      return install(base, { word: word2, ecosystem: "node", label: `pnpm ${word2.value}`, manifests: ["package.json", "pnpm-lock.yaml"] });
    case "go":
      if (sub !== "mod download") return null;
      return install(base, { word: word2, ecosystem: "go", label: "go mod download", manifests: ["go.mod", "go.sum"] });
    case "bundle":
      if (sub !== null && sub !== "install") return null;
      return install(base, { word: word2, ecosystem: "ruby", label: "bundle install", manifests: ["Gemfile", "Gemfile.lock"] });
    case "cargo":
      if (sub !== "fetch") return null;
      return install(base, { word: word2, ecosystem: "rust", label: "cargo fetch", manifests: ["Cargo.toml", "Cargo.lock"] });
    case "composer":
      if (sub !== "install" || inv.operands.length > 0) return null;
      return install(base, { word: word2, ecosystem: "php", label: "composer install", manifests: ["composer.json", "composer.lock"] });
    default:
      return null;
  }
}
function dependencyInstall(instruction, command2) {
  const inv = command2.invocation;
  const base = { instruction, command: command2 };
  if (inv.tool === "pip" || inv.tool === "uv") return pythonInstall(base, inv);
  if (inv.tool === "conda") return condaInstall(base, inv);
  return otherInstall(base, inv, command2.argv[0]);
}
function dependencyInstalls(model) {
  const out = [];
  for (const { instruction, command: command2 } of runCommands(model)) {
    const found = dependencyInstall(instruction, command2);
    if (found) out.push(found);
  }
  return out;
}

// src/context/requirements.ts
function logicalLines(text) {
  const physical = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const out = [];
  let current = null;
  physical.forEach((raw, i) => {
    const continued = /(^|[^\\])\\$/.test(raw);
    const part2 = continued ? raw.slice(0, -1) : raw;
    if (current) current.text += ` ${part2}`;
    else current = { text: part2, line: i + 1, column: 1 };
    if (!continued) {
      out.push(current);
      current = null;
    }
  });
  if (current) out.push(current);
  return out;
}
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var NAME4 = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
var VCS = /^(git|hg|svn|bzr)\+/i;
var URL2 = /^[a-z][a-z0-9+.-]*:\/\//i;
var FIXED_REF = /^([0-9a-f]{7,40}|v?\d+(\.\d+)+([.-]?[a-z0-9]+)*)$/i;
function isPinnedUrl(url) {
  const clean = url.split("#")[0];
  if (!VCS.test(clean)) return true;
  const at = clean.lastIndexOf("@");
  const slash = clean.lastIndexOf("/");
  if (at <= slash) return false;
  return FIXED_REF.test(clean.slice(at + 1));
}
function isExactSpecifier(spec) {
  return spec.replace(/[()\s]/g, "").split(",").some((s) => /^===./.test(s) || /^==[^=]/.test(s) && !s.includes("*"));
}
function isLocalPath(text) {
  return /^(\.{1,2}(\/|$)|\/|~|file:)/.test(text) || /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(text) || text.includes("/") && !URL2.test(text);
}
var OPTION_WITH_FILE = {
  "-r": "requirement",
  "--requirement": "requirement",
  "-c": "constraint",
  "--constraint": "constraint"
};
function parseRequirements(text) {
  const entries = [];
  const includes = [];
  let readsLocalFiles = false;
  for (const logical of logicalLines(text)) {
    const withoutComment = logical.text.replace(/(^|\s)#.*$/, "");
    const trimmed = withoutComment.trim();
    if (!trimmed) continue;
    const lead = withoutComment.length - withoutComment.trimStart().length;
    const column = logical.column + lead;
    if (trimmed.startsWith("-")) {
      const m = /^(-r|-c|--requirement|--constraint)(?:=|\s+|(?<=^-[rc]))(\S+)/.exec(trimmed);
      if (m) includes.push({ kind: OPTION_WITH_FILE[m[1]], path: m[2], line: logical.line });
      if (/^(-e|--editable)\b/.test(trimmed)) readsLocalFiles = true;
      continue;
    }
    const words = trimmed.split(/\s+/);
    const optionAt = words.findIndex((w) => w.startsWith("-"));
    const reqWords = optionAt < 0 ? words : words.slice(0, optionAt);
    const options = optionAt < 0 ? [] : words.slice(optionAt);
    const requirement2 = reqWords.join(" ");
    if (requirement2.includes("${")) continue;
    const hashed = options.some((o) => o.startsWith("--hash"));
    const spec = requirement2.split(/\s*;\s*/)[0].trim();
    const first = spec.split(/\s+/)[0];
    const entry = (name2, pinned, shown) => ({
      line: logical.line,
      column,
      endColumn: column + shown.length,
      text: shown,
      name: name2 === null ? null : normalizeName(name2),
      pinned: pinned || hashed
    });
    if (URL2.test(first) || VCS.test(first)) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(first)?.[1] ?? null;
      entries.push(entry(egg, isPinnedUrl(first), first));
      continue;
    }
    if (isLocalPath(first)) {
      readsLocalFiles = true;
      continue;
    }
    const name = NAME4.exec(spec)?.[0];
    if (!name) continue;
    let rest = spec.slice(name.length).trim();
    if (rest.startsWith("[")) rest = rest.slice(rest.indexOf("]") + 1).trim();
    if (rest.startsWith("@")) {
      entries.push(entry(name, isPinnedUrl(rest.slice(1).trim()), spec));
      continue;
    }
    entries.push(entry(name, isExactSpecifier(rest), spec));
  }
  return { entries, includes, readsLocalFiles };
}
function pinnedNames(file) {
  const out = /* @__PURE__ */ new Set();
  for (const e of file.entries) if (e.pinned && e.name) out.add(e.name);
  return out;
}

// src/context/scan.ts
import fs2 from "node:fs";
import path4 from "node:path";
var HOUSEKEEPING = /^(\.dockerignore|.*dockerfile.*|containerfile.*|docker-compose.*|compose\.ya?ml|readme.*|license.*|\.gitignore|\.git|\.github)$/i;
function contextLooksRight(model, context) {
  for (const instruction of model.instructions) {
    const copy = copyInfo(instruction);
    if (!copy?.fromContext) continue;
    for (const s of copy.sources) if (s.path && !s.glob && !context.exists(s.path)) return false;
  }
  if (!context.list("").some((name) => !HOUSEKEEPING.test(name))) return false;
  if (context.dockerfile && !context.dockerfile.startsWith("../")) {
    const dir = path4.dirname(path4.join(context.root, context.dockerfile));
    const parts = dir.split(path4.sep).filter(Boolean);
    const name = path4.basename(context.dockerfile);
    for (let k = 1; k <= Math.min(parts.length, 4); k++) {
      const suffix = parts.slice(parts.length - k).join("/");
      if (k >= 2 && model.text.includes(`${suffix}/`) || model.text.includes(`${suffix}/${name}`)) return false;
    }
    const own = parts[parts.length - 1];
    for (const { copy } of wholeContextCopies(model)) {
      const dest = copy.dest?.replace(/\/+$/, "");
      if (!dest || !own) continue;
      const inside = (i) => {
        const w = workdirOf(i);
        return w.startsWith(`${dest}/`) && w.replace(/\/+$/, "").endsWith(`/${own}`);
      };
      if (model.instructions.some((i) => i.index > copy.instruction.index && i.stage === copy.instruction.stage && inside(i))) return false;
    }
  }
  if (!context.exists(".dockerignore")) {
    for (let dir = path4.dirname(context.root); dir !== path4.dirname(dir); dir = path4.dirname(dir)) {
      if (fs2.existsSync(path4.join(dir, ".dockerignore"))) return false;
      if (fs2.existsSync(path4.join(dir, ".git"))) break;
    }
  }
  return true;
}
var HEAVY_FILE = /\.(pt|pth|safetensors|ckpt|bin|onnx|gguf|ggml|h5|hdf5|pb|tflite|pkl|pickle|joblib|npy|npz|parquet|arrow|feather|tfrecord|mdb|lmdb|zip|tar|tgz|gz|7z)$/i;
var DATA_DIR = /^(data|datasets?|wandb|mlruns|runs|outputs?|checkpoints?|lightning_logs|tb_logs|\.venv|venv|node_modules)$/i;
var LARGE_FILE_BYTES = 50 * 1024 * 1024;
var LARGE_DIR_BYTES = 50 * 1024 * 1024;
function largeEntries(context, ignore2, budget = 5e3) {
  const out = [];
  let seen = 0;
  const size = (rel) => {
    try {
      return fs2.statSync(path4.join(context.root, rel)).size;
    } catch {
      return 0;
    }
  };
  const dirSize = (rel) => {
    let total = 0;
    for (const name of context.list(rel)) {
      if (++seen > budget) return total;
      const child = rel ? `${rel}/${name}` : name;
      if (ignore2?.excludes(child)) continue;
      total += context.isDirectory(child) ? dirSize(child) : size(child);
    }
    return total;
  };
  const walk = (rel, depth) => {
    for (const name of context.list(rel)) {
      if (++seen > budget) return;
      const child = rel ? `${rel}/${name}` : name;
      if (name === ".git" || ignore2?.excludes(child)) continue;
      if (context.isDirectory(child)) {
        if (DATA_DIR.test(name)) {
          const bytes = dirSize(child);
          if (bytes >= LARGE_DIR_BYTES) out.push({ path: `${child}/`, bytes });
        } else if (depth < 4) walk(child, depth + 1);
      } else if (HEAVY_FILE.test(name)) {
        const bytes = size(child);
        if (bytes >= LARGE_FILE_BYTES) out.push({ path: child, bytes });
      }
    }
  };
  walk("", 0);
  return out.sort((a, b) => b.bytes - a.bytes);
}
function formatBytes(bytes) {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

// src/context/dependency-files.ts
function contextPathOf(install2, file, context) {
  if (/^[a-z]+:\/\//i.test(file.path) || file.word && !file.word.literal) return null;
  const imagePath = imagePathOf(install2.instruction, install2.command, file.path);
  if (imagePath === null) return null;
  return contextOrigin(install2.instruction, imagePath, context)?.contextPath ?? null;
}
function rangeOf(line, column, endColumn) {
  return { start: { line, column }, end: { line, column: endColumn } };
}
function readRequirements(context, file, kind, tree, seen) {
  const key = `${kind}:${file}`;
  if (seen.has(key) || seen.size > 50) return;
  seen.add(key);
  const text = context.read(file);
  if (text === null) return;
  const parsed = parseRequirements(text);
  if (kind === "constraint") for (const n of pinnedNames(parsed)) tree.constraints.add(n);
  else for (const entry of parsed.entries) tree.entries.push({ file, entry });
  for (const inc of parsed.includes) {
    if (/^[a-z]+:\/\//i.test(inc.path) || inc.path.includes("$")) continue;
    const nested = normalizeContextPath(path5.posix.join(path5.posix.dirname(file), inc.path));
    readRequirements(context, nested, kind === "constraint" ? "constraint" : inc.kind, tree, seen);
  }
}
function envConstraintFiles(install2) {
  const out = [];
  for (const name of ["PIP_CONSTRAINT", "UV_CONSTRAINT"]) {
    const value = install2.instruction.state.env.get(name);
    if (value) for (const p of value.split(/\s+/).filter(Boolean)) out.push({ path: p, word: null, kind: "constraint" });
  }
  return out;
}
function unpinnedRequirements(model, context) {
  const out = [];
  const reported = /* @__PURE__ */ new Set();
  for (const install2 of dependencyInstalls(model)) {
    const tree = { entries: [], constraints: /* @__PURE__ */ new Set() };
    const seen = /* @__PURE__ */ new Set();
    for (const file of [...install2.files, ...envConstraintFiles(install2)]) {
      if (file.kind !== "constraint") continue;
      const at = contextPathOf(install2, file, context);
      if (at !== null) readRequirements(context, at, "constraint", tree, seen);
    }
    for (const file of install2.files) {
      const at = file.kind === "constraint" ? null : contextPathOf(install2, file, context);
      if (at === null) continue;
      if (file.kind === "requirement") {
        if (/\.(toml|cfg|py|lock)$/i.test(at)) continue;
        readRequirements(context, at, "requirement", tree, seen);
      } else if (file.kind === "conda-env") {
        const env = readCondaEnv(context, at);
        if (!env) continue;
        const lines = env.pip.lines;
        const parsed = parseRequirements(lines.map((l) => l.text).join("\n"));
        for (const entry of parsed.entries) {
          const src = lines[entry.line - 1];
          const column = src.column + entry.column - 1;
          tree.entries.push({ file: at, entry: { ...entry, line: src.line, column, endColumn: column + entry.text.length } });
        }
        for (const inc of parsed.includes) {
          const nested = normalizeContextPath(path5.posix.join(path5.posix.dirname(at), inc.path));
          readRequirements(context, nested, inc.kind, tree, seen);
        }
      }
    }
    for (const { file, entry } of tree.entries) {
      if (entry.pinned || entry.name && tree.constraints.has(normalizeName(entry.name))) continue;
      const key = `${file}:${entry.line}:${entry.column}`;
      if (reported.has(key)) continue;
      reported.add(key);
      out.push({ file, range: rangeOf(entry.line, entry.column, entry.endColumn), text: entry.text, install: install2 });
    }
  }
  return out;
}
function readCondaEnv(context, file) {
  const text = context.read(file);
  return text === null ? null : parseCondaEnv(text);
}
function unpinnedCondaPackages(model, context) {
  const out = [];
  const reported = /* @__PURE__ */ new Set();
  for (const install2 of dependencyInstalls(model)) {
    for (const file of install2.files) {
      if (file.kind !== "conda-env" && file.kind !== "conda-specs") continue;
      const at = contextPathOf(install2, file, context);
      if (at === null) continue;
      let specs = [];
      if (file.kind === "conda-env") specs = readCondaEnv(context, at)?.specs ?? [];
      else {
        const text = context.read(at);
        specs = text === null ? [] : parseCondaSpecList(text);
      }
      for (const spec of specs) {
        const key = `${at}:${spec.line}:${spec.column}`;
        if (spec.pinned || reported.has(key)) continue;
        reported.add(key);
        out.push({ file: at, range: rangeOf(spec.line, spec.column, spec.endColumn), text: spec.text, install: install2 });
      }
    }
  }
  return out;
}
function displayPath(modelPath, context, relPath) {
  const abs = path5.join(context.root, relPath);
  if (path5.isAbsolute(modelPath)) return abs;
  return path5.relative(process.cwd(), abs).split(path5.sep).join("/");
}
function installedBy(model, entry) {
  return `RUN at ${model.path}:${entry.install.instruction.range.start.line}`;
}
function reportUnpinnedCondaFiles(context) {
  const { model, buildContext, report } = context;
  if (!buildContext || !contextLooksRight(model, buildContext)) return;
  for (const entry of unpinnedCondaPackages(model, buildContext)) {
    report({
      file: displayPath(model.path, buildContext, entry.file),
      range: entry.range,
      message: `Conda package \`${entry.text}\` in ${entry.file} has no version (installed by ${installedBy(model, entry)}); pin it as \`${entry.text.split(/[<>=!~\s[]/)[0]}=<version>\`.`,
      related: [{ range: entry.install.instruction.range, message: `the RUN that installs ${entry.file}` }]
    });
  }
}

// rules/conda-pin-versions.ts
var SPEC = /^([A-Za-z0-9_][\w.-]*)\s*(.*)$/s;
var conda_pin_versions_default = defineRule({
  meta: {
    id: "conda-pin-versions",
    category: "pinning",
    severity: "warning",
    preset: "recommended",
    description: "`conda`/`mamba`/`micromamba install` or `create` of a named package without `=version`.",
    docs: {
      why: "`conda install -c conda-forge pytorch` resolves to whatever is newest in the channel on the day of the build, so the same Dockerfile builds a different environment next month. Pin each package (`pytorch=2.4.1`, `numpy==1.26.4`); a range such as `>=1.26` still moves. Environment files (`conda env create -f environment.yml`, `--file`) are checked separately; channels, environment names and prefixes given with `-c`, `-n`, `-p` are not packages.",
      bad: 'RUN conda install -y -c conda-forge python=3.11 numpy "scipy>=1.11"',
      good: "RUN conda install -y -c conda-forge python=3.11 numpy=1.26.4 scipy=1.11.4"
    },
    fixable: false,
    covers: []
  },
  check({ model, buildContext, report }) {
    reportUnpinnedCondaFiles({ model, buildContext, report });
    for (const install2 of condaInstalls(model)) {
      if (hasOption(install2, "--revision", "--clone")) continue;
      const unpinned = [];
      const ranges2 = [];
      for (const pkg of install2.packages) for (const value of knownValue(pkg)) {
        const spec = value.replace(/^.*::/, "");
        if (spec.includes("/") || /\.(tar\.bz2|conda)$/.test(spec) || spec.includes("[")) continue;
        const m = SPEC.exec(spec);
        if (!m) continue;
        const [, name, rest] = m;
        if (rest === "") {
          unpinned.push({ range: pkg.range, shown: value, message: `conda package \`${value}\` is not pinned; install \`${name}=<version>\`.` });
        } else if (/^[<>!~]/.test(rest)) {
          ranges2.push({ range: pkg.range, shown: value, message: `\`${value}\` allows a range of versions; pin one with \`${name}=<version>\`.` });
        }
      }
      reportUnpinned(report, install2.command, unpinned, (list, n) => `${n} conda packages are not pinned: ${list}; install each as \`name=<version>\`.`);
      reportUnpinned(report, install2.command, ranges2, (list, n) => `${n} conda specs allow a range of versions: ${list}; pin each with \`name=<version>\`.`);
    }
  }
});

// rules/consecutive-run.ts
var CHANGES_SHELL = /* @__PURE__ */ new Set([
  "cd",
  "pushd",
  "popd",
  "export",
  "unset",
  "set",
  "shopt",
  "source",
  ".",
  "alias",
  "unalias",
  "umask",
  "trap",
  "exec",
  "exit",
  "return",
  "declare",
  "typeset",
  "local",
  "readonly",
  "eval",
  "hash",
  "ulimit",
  "read",
  "enable",
  "builtin",
  "shift",
  "getopts"
]);
var SMALL = 2;
var consecutive_run_default = defineRule({
  meta: {
    id: "consecutive-run",
    category: "size",
    severity: "style",
    preset: "strict",
    description: "Several consecutive short `RUN` instructions with the same flags that could be one layer.",
    docs: {
      why: "Each `RUN` makes a layer. Short consecutive `RUN`s (one or two commands each) are usually one step written in pieces: joined with `&&` they make one layer, build a little faster, and files a step deletes are really gone. Long `RUN`s, heredoc scripts and `RUN`s with different `--mount`/`--network` flags are left alone: splitting those is usually deliberate (layer caching of a slow step).",
      bad: "RUN mkdir -p /app/data\nRUN chown app /app/data",
      good: "RUN mkdir -p /app/data && chown app /app/data",
      fixSafety: "The fix joins the `RUN`s into the first: `RUN a` and `RUN b` become `RUN a && \\` / `    b` (in the first `RUN`'s continuation style), which stops at a failing `a` just as the build did. It is offered only when the obvious differences are ruled out: no comment or other text between the `RUN`s, every `RUN` but the first one statement without `||` (`RUN a` + `RUN b; c` would run `c` after a failing `a`), and no `RUN` but the last changing its shell for the commands after it (`cd`, `export`, `set`, `source`, a bare `X=1`, …). One fix joins the whole run of `RUN`s as far as these hold. It is still unsafe: one shell now runs both, so a loop variable or the shell's cache of program paths (`pip install --upgrade pip` then `pip install x`) can carry over from one `RUN` to the next."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: ["DL3059"]
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let group2 = [];
      const flush = () => {
        if (group2.length >= 2) {
          const second = group2[1];
          const lines = `${group2[0].range.start.line}–${group2[group2.length - 1].range.start.line}`;
          const edits = joinEdits(model, group2);
          report({
            range: second.keywordRange,
            message: `${group2.length} consecutive \`RUN\` instructions (lines ${lines}) could be one; join their commands with \`&&\` in a single \`RUN\`.`,
            ...edits.length ? { fix: { description: `Join ${edits.length + 1} \`RUN\` instructions with \`&&\``, edits, safe: false } } : {}
          });
        }
        group2 = [];
      };
      for (const ins of stage.instructions) {
        if (!joinable(ins)) {
          flush();
          continue;
        }
        if (group2.length && flagsKey(group2[0]) !== flagsKey(ins)) flush();
        group2.push(ins);
      }
      flush();
    }
  }
});
function joinable(ins) {
  if (ins.keyword !== "RUN" || !ins.run?.script || ins.run.script.error || isHeredocRun(ins)) return false;
  const count = ins.run.script.commands.filter((c) => c.wrappedBy === null).length;
  return count > 0 && count <= SMALL;
}
function flagsKey(ins) {
  return ins.flags.map((f) => `${f.name.toLowerCase()}=${f.value ?? ""}`).sort().join(" ");
}
function joinEdits(model, group2) {
  const edits = [];
  for (let i = 1; i < group2.length; i++) {
    const prev = group2[i - 1];
    if (changesShell(prev)) break;
    const edit = joinRuns(model, prev, group2[i]);
    if (!edit) break;
    edits.push(edit);
  }
  return edits;
}
function changesShell(ins) {
  const script = ins.run.script;
  return script.assigned.length > 0 || script.commands.some((c) => !c.subshell && c.name !== null && CHANGES_SHELL.has(c.name));
}

// rules/copy-from-stage.ts
var OFFICIAL3 = new Set(OFFICIAL_IMAGES);
var copy_from_stage_default = defineRule({
  meta: {
    id: "copy-from-stage",
    category: "correctness",
    severity: "error",
    preset: "recommended",
    description: "`COPY --from` (or `RUN --mount=from=`) names the current stage, a later stage, or a stage that does not exist.",
    docs: {
      why: "A stage can only copy from stages defined before it. `--from=<own name>` is a cycle; a later stage, or an index past the last stage, fails the build. A name that matches no stage is taken by BuildKit as an image to pull (`--from=buildr` pulls `docker.io/library/buildr`), so a typo fails late and confusingly; `--from` does not expand variables either. Image references (`--from=nginx:1.27`, `--from=ghcr.io/astral-sh/uv:0.5`) and Docker Official Image names are fine. A bare name that is neither a stage nor an image may be a named build context (`docker buildx build --build-context assets=./static`), which the Dockerfile cannot show: it is reported as a warning, not an error.",
      bad: "FROM python:3.12 AS builder\nRUN pip wheel --wheel-dir /wheels -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=buidler /wheels /wheels",
      good: "FROM python:3.12 AS builder\nRUN pip wheel --wheel-dir /wheels -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=builder /wheels /wheels"
    },
    fixable: false,
    covers: ["DL3022", "DL3023"]
  },
  check({ model, report }) {
    const names = model.stages.flatMap((s) => s.name ? [s.name] : []);
    const check = (ins, ref, range, what) => {
      const stage = ins.stage;
      if (!stage || !ref) return;
      if (ref.includes("$")) {
        report({
          range,
          message: `BuildKit does not expand variables in \`${what}=${ref}\`; add a stage \`FROM ${ref} AS <name>\` and use \`${what}=<name>\`.`
        });
        return;
      }
      let target = null;
      if (/^\d+$/.test(ref)) {
        target = model.stages[Number(ref)] ?? null;
        if (!target) {
          report({ range, message: `\`${what}=${ref}\` names stage index ${ref}, but the file has ${model.stages.length} stage(s) (0-based); use an earlier stage's name.` });
          return;
        }
      } else target = model.stageByName(ref);
      if (target === stage) {
        report({ range, message: `\`${what}=${ref}\` refers to the stage it is in; copy from an earlier stage or an image.` });
        return;
      }
      if (target && target.index > stage.index) {
        report({
          range,
          message: `\`${what}=${ref}\` refers to the stage at line ${target.from.range.start.line}, which comes later; a stage can only use stages defined before it.`
        });
        return;
      }
      if (target || /[/:@.]/.test(ref) || OFFICIAL3.has(ref.toLowerCase())) return;
      const lower = ref.toLowerCase();
      const hint = names.find((n) => n.split(/[-_.]/).includes(lower)) ?? nearest(ref, names, 2);
      report({
        range,
        severity: "warning",
        message: hint ? `\`${what}=${ref}\` matches no stage; did you mean \`${hint}\`? (Unless a build context of that name is passed with \`--build-context ${ref}=…\`, an unknown name is pulled as an image.)` : `\`${what}=${ref}\` matches no stage, so BuildKit pulls an image named \`${ref}\` unless a build context of that name is passed (\`--build-context ${ref}=…\`); define the stage before this line or give a full image reference with a tag.`
      });
    };
    for (const ins of model.instructions) {
      if (ins.keyword === "COPY") {
        const from = ins.flags.find((f) => f.name.toLowerCase() === "from");
        if (from?.value) check(ins, from.value, from.valueRange ?? from.range, "--from");
      }
      for (const mount of ins.run?.mounts ?? []) {
        if (mount.from) check(ins, mount.from, mount.range, "from");
      }
    }
  }
});

// rules/copy-ignored-file.ts
function hasIncludedFile(context, ignore2, dir, budget = { left: 2e3 }) {
  for (const name of context.list(dir)) {
    if (--budget.left < 0) return true;
    const child = `${dir}/${name}`;
    const excluded = ignore2.excludes(child);
    if (context.isDirectory(child)) {
      if (hasIncludedFile(context, ignore2, child, budget)) return true;
    } else if (!excluded) return true;
  }
  return false;
}
function reachesBuilder(context, ignore2, relPath) {
  if (context.isDirectory(relPath)) return hasIncludedFile(context, ignore2, relPath);
  return !ignore2.excludes(relPath);
}
function globMatches(context, glob) {
  const parts = glob.split("/");
  let current = [""];
  for (const part2 of parts) {
    const next = [];
    for (const base of current) {
      if (!/[*?[]/.test(part2)) {
        const p = base ? `${base}/${part2}` : part2;
        if (context.exists(p)) next.push(p);
        continue;
      }
      for (const name of context.list(base)) {
        const p = base ? `${base}/${name}` : name;
        if (matchesGlob(glob.split("/").slice(0, p.split("/").length).join("/"), p)) next.push(p);
      }
    }
    current = next;
    if (current.length > 500) return [];
  }
  return current;
}
var copy_ignored_file_default = defineRule({
  meta: {
    id: "copy-ignored-file",
    category: "size",
    severity: "warning",
    preset: "recommended",
    description: "A `COPY`/`ADD` source from the build context is excluded by `.dockerignore`.",
    docs: {
      why: "Files excluded by `.dockerignore` never reach the builder, so `COPY requirements.txt .` fails with \"not found\" when `*.txt` is ignored, and a `COPY` of an excluded folder copies nothing. The rule reads the `.dockerignore` that BuildKit would use (`<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`) and evaluates each `COPY`/`ADD` source from the context with Docker's own matching rules: patterns are relative to the context root, a leading `/` is ignored, `*` stays within one folder, `**` crosses folders, the last matching pattern wins and `!` re-includes. A folder with some re-included file, a glob with any match that is not excluded, `COPY --from`, URLs and heredocs are not reported, nor sources missing from the folder (the context may be another folder).",
      bad: "# .dockerignore\n*.txt\n\n# Dockerfile\nCOPY requirements.txt .",
      good: "# .dockerignore\n*.txt\n!requirements.txt\n\n# Dockerfile\nCOPY requirements.txt ."
    },
    fixable: false,
    covers: ["CopyIgnoredFile"]
  },
  check({ model, buildContext, report }) {
    if (!buildContext || !contextLooksRight(model, buildContext)) return;
    const ignore2 = loadDockerIgnore(buildContext);
    if (!ignore2) return;
    for (const instruction of model.instructions) {
      const copy = copyInfo(instruction);
      if (!copy?.fromContext) continue;
      for (const source of copy.sources) {
        if (!source.path) continue;
        const matches3 = source.glob ? globMatches(buildContext, source.path) : buildContext.exists(source.path) ? [source.path] : [];
        if (!matches3.length || matches3.some((m) => reachesBuilder(buildContext, ignore2, m))) continue;
        const pattern = ignore2.excludedBy(matches3[0]);
        report({
          range: source.arg.range,
          message: `\`${instruction.keyword} ${source.arg.raw}\`: ${source.glob ? "every file it matches is" : "the source is"} excluded by ${ignore2.file}${pattern ? ` (pattern \`${pattern}\`)` : ""}, so the build ${source.glob ? "finds nothing to copy" : "cannot find it"}; remove the pattern or add \`!${source.path}\` to ${ignore2.file}.`
        });
      }
    }
  }
});

// rules/copy-multi-dest-slash.ts
var copy_multi_dest_slash_default = defineRule({
  meta: {
    id: "copy-multi-dest-slash",
    category: "correctness",
    severity: "error",
    preset: "recommended",
    description: "`COPY`/`ADD` with several sources whose destination does not end with `/`.",
    docs: {
      why: 'With more than one source the destination must be a directory, and Docker only takes it as one when it ends with `/` (or is `.`): `COPY package.json package-lock.json /app` fails with "When using COPY with more than one source file, the destination must be a directory and end with a /". Add the trailing slash.',
      bad: "COPY package.json package-lock.json /app",
      good: "COPY package.json package-lock.json /app/",
      fixSafety: "Safe: the instruction cannot build without the slash."
    },
    fixable: true,
    fixKind: "safe",
    covers: ["DL3021"]
  },
  check({ model, report }) {
    for (const ins of model.instructionsWithTriggers) {
      const copy = ins.copy;
      if (!copy?.dest || copy.sources.length + copy.heredocs.length < 2) continue;
      const dest = copy.dest.value;
      if (dest === null || dest.endsWith("/") || dest.endsWith("\\") || dest === "." || dest === "..") continue;
      const fixable = !ins.json && !/["'\\]$/.test(copy.dest.raw);
      report({
        range: copy.dest.range,
        message: `\`${ins.keyword}\` has ${copy.sources.length + copy.heredocs.length} sources, so the destination \`${copy.dest.raw}\` must be a directory ending with \`/\`; write \`${copy.dest.raw}/\`.`,
        ...fixable ? { fix: { description: `Append / to ${copy.dest.raw}`, edits: [{ range: { start: copy.dest.range.end, end: copy.dest.range.end }, text: "/" }] } } : {}
      });
    }
  }
});

// rules/copy-not-add.ts
var ADD_ONLY_FLAGS = /* @__PURE__ */ new Set(["checksum", "keep-git-dir", "unpack"]);
var copy_not_add_default = defineRule({
  meta: {
    id: "copy-not-add",
    category: "security",
    severity: "error",
    preset: "recommended",
    description: "`ADD` of a local file or folder that is not an archive to extract; use `COPY`.",
    docs: {
      why: "`ADD` does more than copy: it unpacks local tar archives and downloads URLs. For plain files and folders that magic is a trap (a file that happens to be a tar gets extracted) and hides intent; `COPY` does exactly what it says. Keep `ADD` for archives you want extracted and for remote sources (see `add-remote-url`). Dockerfiles in test folders (`testdata/`, `test_data/`, BuildKit's `testfiles/`, `e2e/`) are not reported: parser fixtures and test images, where the `ADD` is often what the test exercises.",
      bad: "ADD requirements.txt app.py /app/",
      good: "COPY requirements.txt app.py /app/\nADD vendor/model-runtime.tar.gz /opt/",
      fixSafety: "Unsafe: a local file that is a tar archive without an archive extension would no longer be unpacked."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: ["DL3020"]
  },
  check({ model, report }) {
    if (isTestDockerfile(model.path)) return;
    for (const ins of model.instructionsWithTriggers) {
      if (ins.keyword !== "ADD" || !ins.copy) continue;
      const kinds = ins.copy.sources.map((s) => sourceKind(s.raw, s.value));
      const local = ins.copy.sources.filter((_, i) => kinds[i] === "local");
      if (!local.length) continue;
      const onlyLocal = local.length === kinds.length && !ins.copy.heredocs.length;
      const plainFlags = ins.flags.every((f) => !ADD_ONLY_FLAGS.has(f.name.toLowerCase()));
      const names = local.map((s) => `\`${s.raw}\``).join(", ");
      report({
        range: ins.keywordRange,
        message: onlyLocal ? `\`ADD\` of local ${names}: use \`COPY\`, which does not unpack archives or fetch URLs behind your back.` : `${names} ${local.length > 1 ? "are" : "is"} not an archive or URL; copy ${local.length > 1 ? "them" : "it"} with \`COPY\` and keep \`ADD\` for what it must extract or fetch.`,
        ...onlyLocal && plainFlags ? { fix: { description: "Replace ADD with COPY", safe: false, edits: [{ range: ins.keywordRange, text: ins.keywordText === "add" ? "copy" : "COPY" }] } } : {}
      });
    }
  }
});

// src/knowledge/instructions.ts
var INSTRUCTIONS = [
  "FROM",
  "RUN",
  "CMD",
  "LABEL",
  "MAINTAINER",
  "EXPOSE",
  "ENV",
  "ADD",
  "COPY",
  "ENTRYPOINT",
  "VOLUME",
  "USER",
  "WORKDIR",
  "ARG",
  "ONBUILD",
  "STOPSIGNAL",
  "HEALTHCHECK",
  "SHELL"
];
var INSTRUCTION_FLAGS = {
  FROM: { platform: "string" },
  COPY: { from: "string", chown: "string", chmod: "string", link: "bool", parents: "bool", exclude: "strings" },
  ADD: {
    chown: "string",
    chmod: "string",
    link: "bool",
    "keep-git-dir": "bool",
    checksum: "string",
    unpack: "bool",
    exclude: "strings"
  },
  // `--security` and `--device` need the labs syntax, which many files declare; accept them.
  RUN: { mount: "strings", network: "string", security: "string", device: "strings" },
  HEALTHCHECK: {
    interval: "duration",
    timeout: "duration",
    "start-period": "duration",
    "start-interval": "duration",
    retries: "count"
  }
};
var NETWORK_MODES = ["default", "none", "host"];
var SECURITY_MODES = ["sandbox", "insecure"];
var MOUNT_TYPES = ["bind", "cache", "tmpfs", "secret", "ssh"];
var MOUNT_KEYS = [
  "type",
  "from",
  "source",
  "src",
  "target",
  "dst",
  "destination",
  "readonly",
  "ro",
  "readwrite",
  "rw",
  "id",
  "sharing",
  "required",
  "size",
  "mode",
  "uid",
  "gid",
  "env"
];
var BUILDAH_MOUNT_KEYS = [
  "relabel",
  "z",
  "u",
  "bind-propagation",
  "bind-nonrecursive",
  "shared",
  "rshared",
  "private",
  "rprivate",
  "slave",
  "rslave",
  "nosuid",
  "nodev",
  "noexec",
  "no-dereference",
  "consistency"
];
var MOUNT_SHARING = ["shared", "private", "locked"];
var RESERVED_STAGE_NAMES = ["scratch", "context"];
var STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
function isAbsolutePath(path17) {
  return path17.startsWith("/") || path17.startsWith("\\") || /^[A-Za-z]:([\\/]|$)/.test(path17);
}

// rules/copy-relative-dest.ts
var firstWorkdirs = /* @__PURE__ */ new WeakMap();
function firstWorkdir(stage) {
  let index = firstWorkdirs.get(stage);
  if (index === void 0) firstWorkdirs.set(stage, index = stage.instructions.find((i) => i.keyword === "WORKDIR")?.index ?? Infinity);
  return index;
}
function workdirSet(stage, before3) {
  if (firstWorkdir(stage) < before3) return true;
  for (let s = stage.parent; s; s = s.parent) if (firstWorkdir(s) < Infinity) return true;
  return false;
}
var copy_relative_dest_default = defineRule({
  meta: {
    id: "copy-relative-dest",
    category: "correctness",
    severity: "warning",
    preset: "recommended",
    description: "`COPY`/`ADD` to a relative destination in a stage that has not set `WORKDIR`.",
    docs: {
      why: "A relative destination is resolved against the working directory, which is `/` until a `WORKDIR` says otherwise: `COPY . .` without `WORKDIR` spreads the project over the root of the filesystem, next to `/etc` and `/usr`. Set `WORKDIR /app` first (it also creates the folder), or copy to an absolute path. Reported only on bases known to start at `/` (Docker Official Images that set no `WORKDIR`, NVIDIA CUDA images): other bases may set their own `WORKDIR`. Only the stages that ship are judged (the final stage, the stages it is built `FROM`, and stages nothing uses, which are `--target`s of their own): a builder stage that other stages only copy from, bind-mount or build on keeps its `/` to itself, and a `FROM scratch` stage (an export stage for `docker build --output`, a static binary image) has an empty `/` to put files in. One finding per stage, at the first such copy.",
      bad: "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt",
      good: "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt",
      fixSafety: "The fix adds `WORKDIR /app` before the first relative copy, as the message suggests; writing the destination as an absolute path under `/` instead would only hide the finding. It is unsafe: from there on every relative path, every `RUN` and the running container work in `/app`, so a command that names a copied file by its old absolute path (`/requirements.txt`), or a `COPY --from` of this stage, no longer finds it."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: ["DL3045"]
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!startsAtRoot(stage.rootImage)) continue;
      if (stage.rootImage.isScratch || isBuildOnly(model, stage)) continue;
      const relative = stage.instructions.filter((ins) => {
        const dest2 = ins.copy?.dest;
        if (!dest2 || workdirSet(stage, ins.index)) return false;
        const raw = dest2.raw.replace(/^["']/, "");
        return !raw.startsWith("$") && !isAbsolutePath(dest2.value ?? raw);
      });
      const first = relative[0];
      if (!first) continue;
      const dest = first.copy.dest;
      const more = relative.length > 1 ? ` (and ${relative.length - 1} more in this stage)` : "";
      const line = model.lines[first.range.start.line - 1] ?? "";
      const indent = /^[ \t]*/.exec(line)[0];
      const keyword = first.keywordText === first.keywordText.toLowerCase() ? "workdir" : "WORKDIR";
      const at = { line: first.range.start.line, column: indent.length + 1 };
      report({
        range: dest.range,
        fix: { description: "Add `WORKDIR /app` before it", edits: [{ range: { start: at, end: at }, text: `${keyword} /app
${indent}` }], safe: false },
        message: `\`${first.keyword}\` to the relative path \`${dest.raw}\`${more} with no \`WORKDIR\` set lands under \`/\`; add \`WORKDIR /app\` (or similar) before it, or use an absolute destination.`
      });
    }
  }
});

// rules/curl-pipe-shell.ts
var SHELLS2 = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);
var INTERPRETERS2 = {
  python: /^-[a-zA-Z]*[cm]/,
  perl: /^-[a-zA-Z]*[eE]/,
  ruby: /^-[a-zA-Z]*e/,
  node: /^(-[a-zA-Z]*[ep]|--eval|--print)/,
  php: /^-[a-zA-Z]*[rf]/
};
var curl_pipe_shell_default = defineRule({
  meta: {
    id: "curl-pipe-shell",
    category: "security",
    severity: "warning",
    preset: "recommended",
    description: 'A script downloaded with `curl`/`wget` is executed without verification (`curl … | sh`, `bash <(curl …)`, `sh -c "$(curl …)"`).',
    docs: {
      why: 'Piping a download straight into a shell runs whatever the server (or anyone between it and the build) sends at that moment: the image cannot be reproduced, a compromised or truncated script runs as root, and nothing records what was executed. Download the script to a file, verify it against a checksum you pinned (`sha256sum -c`) or a signature, then run it; better, install a released, versioned artifact.\n\nPipes into programs that only read data (`curl … | tar xz`, `| gpg --dearmor`, `| sha256sum`, `| python3 -c "…"`) are not reported, nor a download saved to a file and run after it is verified.',
      bad: "RUN curl -LsSf https://astral.sh/uv/install.sh | sh",
      good: 'ARG UV_INSTALLER_SHA256=<sha256 of the pinned installer>\nRUN curl -LsSf -o /tmp/uv-install.sh https://astral.sh/uv/0.4.30/install.sh \\\n && echo "${UV_INSTALLER_SHA256}  /tmp/uv-install.sh" | sha256sum -c - \\\n && sh /tmp/uv-install.sh && rm /tmp/uv-install.sh'
    },
    fixable: false,
    covers: [],
    tags: ["security"]
  },
  check({ model, report }) {
    for (const instruction of runInstructions(model)) {
      const script = instruction.run.script;
      const downloads = script.commands.filter(writesDownloadToStdout);
      if (downloads.length === 0) continue;
      const found = /* @__PURE__ */ new Map();
      const add = (runner, download) => {
        const key = `${runner.range.start.line}:${runner.range.start.column}`;
        if (!found.has(key)) found.set(key, { runner, download });
      };
      for (const pipe of script.pipelines) {
        for (const member of pipe.commands) {
          const runner = executed(member);
          if (!readsScriptFromStdin(runner)) continue;
          const download = pipe.commands.find((c) => c.pipelineIndex < member.pipelineIndex && writesDownloadToStdout(executed(c)));
          if (download) add(runner.argv[0], executed(download));
        }
      }
      for (const cmd of script.commands) {
        const runner = executed(cmd);
        for (const word2 of substitutedScripts(runner)) {
          const download = downloads.find((d) => rangeContains(word2.range, d.range));
          if (download) add(runner.argv[0], download);
        }
      }
      for (const { runner, download } of found.values()) {
        report({
          range: runner.range,
          message: `\`${runner.value}\` runs a script downloaded by \`${download.name}\` without verifying it; download it to a file, check its SHA-256 (\`sha256sum -c\`), then run it.`
        });
      }
    }
  }
});
function executed(cmd) {
  let current = cmd;
  while (current.launches && current.name !== "xargs") current = current.launches;
  return current;
}
function interpreter(name) {
  if (!name) return null;
  if (SHELLS2.has(name)) return "sh";
  const base = /^(python|perl|ruby|node|php)(?:[0-9.]*)$/.exec(name)?.[1];
  return base ?? null;
}
function readsScriptFromStdin(cmd) {
  const kind = interpreter(cmd.name);
  if (!kind) return false;
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === "-" || v === "/dev/stdin") return true;
    if (v === "--") return kind === "php" || i + 1 >= args.length;
    if (kind === "sh") {
      if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(v)) return false;
      if (/^-[a-zA-Z]*s[a-zA-Z]*$/.test(v)) return true;
      if (/^[-+][a-zA-Z]*[oO]$/.test(v) || v === "--rcfile" || v === "--init-file") i++;
      else if (!/^[-+]/.test(v)) return false;
    } else {
      if (INTERPRETERS2[kind].test(v)) return false;
      if (kind === "python" && /^-[WX]$/.test(v)) i++;
      else if (!v.startsWith("-")) return false;
    }
  }
  return true;
}
function substitutedScripts(cmd) {
  const kind = interpreter(cmd.name);
  const args = cmd.args;
  if (cmd.name === "source" || cmd.name === ".") return args.slice(0, 1).filter((w) => w.value.startsWith("<("));
  if (cmd.name === "eval") return args.filter((w) => w.value.startsWith("$(") || w.value.startsWith("`"));
  if (!kind) return [];
  const inline = args.findIndex((w) => (kind === "sh" ? /^-[a-zA-Z]*c[a-zA-Z]*$/ : INTERPRETERS2[kind]).test(w.value));
  if (inline >= 0) {
    const body = args[inline + 1];
    return body && (body.value.startsWith("$(") || body.value.startsWith("`")) ? [body] : [];
  }
  const operand = args.find((w) => !w.value.startsWith("-") || w.value.startsWith("<("));
  return operand && operand.value.startsWith("<(") ? [operand] : [];
}
function writesDownloadToStdout(cmd) {
  const inv = cmd.invocation;
  const toStdout = (output) => output === "-" || output === "/dev/stdout";
  if (inv.tool === "curl") {
    if (hasOption(inv, "-O", "--remote-name", "--remote-name-all")) return false;
    const outputs = optionValues(inv, "-o", "--output");
    return outputs.length === 0 || toStdout(outputs[outputs.length - 1].value);
  }
  if (inv.tool === "wget") return optionValues(inv, "-O", "--output-document").some((o) => toStdout(o.value));
  return false;
}

// rules/dockerignore-missing.ts
var dockerignore_missing_default = defineRule({
  meta: {
    id: "dockerignore-missing",
    category: "size",
    severity: "warning",
    preset: "recommended",
    description: "The Dockerfile copies the whole build context but no `.dockerignore` keeps `.git`, data and checkpoints out.",
    docs: {
      why: "`COPY . .` copies everything the build context holds: `.git` (the whole history, sometimes with secrets), virtualenvs, `__pycache__`, data sets, model checkpoints and notebooks' outputs. They are sent to the builder on every build, invalidate the layer cache whenever any of them changes, and end up in the image. A `.dockerignore` beside the context (or `<Dockerfile>.dockerignore` beside the Dockerfile) keeps them out. The rule needs the build context on disk (the Dockerfile's folder by default, `--context DIR`); it also reports a `.dockerignore` that lets `.git` through, or large weights (`*.pt`, `*.safetensors`, `*.ckpt`, …) and data folders (`data/`, `datasets/`, `wandb/`, …) that the context really holds. It stays silent when the folder does not look like the build context (files the Dockerfile copies by name are missing).",
      bad: "# no .dockerignore in the context\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .",
      good: "# .dockerignore\n.git\n__pycache__/\n.venv/\ndata/\n*.ckpt\n\n# Dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . ."
    },
    fixable: false,
    covers: []
  },
  check({ model, buildContext, report }) {
    if (!buildContext) return;
    const whole = wholeContextCopies(model)[0];
    if (!whole || !contextLooksRight(model, buildContext)) return;
    const ignore2 = loadDockerIgnore(buildContext);
    const large = largeEntries(buildContext, ignore2);
    const heavy = large.slice(0, 3).map((e) => `\`${e.path}\` (${formatBytes(e.bytes)})`);
    const gitIncluded = buildContext.isDirectory(".git") && !(ignore2?.excludes(".git") ?? false);
    const ins = whole.copy.instruction;
    const written = `${ins.keyword} ${ins.argsText}`;
    const shown = written.length <= 40 && !written.includes("\n") ? written : `${ins.keyword} ${whole.source.arg.raw}`;
    if (!ignore2) {
      const sent = [gitIncluded ? "`.git`" : "", ...heavy].filter(Boolean);
      report({
        range: whole.source.arg.range,
        message: `\`${shown}\` copies the whole build context and there is no .dockerignore${sent.length ? `, so ${sent.join(", ")} go into the image` : ""}; add a .dockerignore that excludes \`.git\`, caches, virtualenvs, data and checkpoints.`
      });
      return;
    }
    const leaks = [gitIncluded ? "`.git`" : "", ...heavy].filter(Boolean);
    if (!leaks.length) return;
    report({
      range: whole.source.arg.range,
      message: `\`${shown}\` copies the whole build context and ${ignore2.file} does not exclude ${leaks.join(", ")}; add ${leaks.length > 1 ? "them" : "it"} to ${ignore2.file}.`
    });
  }
});

// rules/empty-continuation.ts
var KEYWORD = new RegExp(`^(${INSTRUCTIONS.join("|")})(\\s|$)`, "i");
var INDENTED_KEYWORD = new RegExp(`^\\s+(${INSTRUCTIONS.join("|")})(\\s|$)`);
function startsInstruction(line) {
  return KEYWORD.test(line) || INDENTED_KEYWORD.test(line);
}
var empty_continuation_default = defineRule({
  meta: {
    id: "empty-continuation",
    category: "correctness",
    severity: "warning",
    preset: "recommended",
    description: "A blank line inside an instruction continued with `\\`.",
    docs: {
      why: "Docker skips blank lines inside a continued instruction, but this is deprecated and will become an error in BuildKit. It also hides a real mistake: after `RUN a && \\` and a blank line, the next instruction is swallowed into the `RUN` (`RUN a && FROM …`). Remove the blank lines, or put a comment there; comment lines are fine.",
      bad: "RUN apt-get update && \\\n\n    apt-get install -y --no-install-recommends curl",
      good: "RUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl",
      fixSafety: "Safe: Docker ignores these lines today. Not offered when the blank line swallows an instruction."
    },
    fixable: true,
    fixKind: "safe",
    covers: ["NoEmptyContinuation"]
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const blanks = ins.emptyContinuationLines;
      if (!blanks.length) continue;
      const swallowed = blanks.map((blank) => {
        let line = blank + 1;
        while (line <= ins.range.end.line && /^\s*(#.*)?$/.test(model.lines[line - 1] ?? "")) line++;
        return line;
      }).find((line) => line <= ins.range.end.line && startsInstruction(model.lines[line - 1] ?? ""));
      const first = blanks[0];
      const range = { start: { line: first, column: 1 }, end: { line: first + 1, column: 1 } };
      if (swallowed) {
        const word2 = (model.lines[swallowed - 1] ?? "").trim().split(/\s+/)[0];
        report({
          range,
          message: `The \`${ins.keyword}\` above ends with a continuation, so the blank line is skipped and line ${swallowed} (\`${word2}\`) becomes part of it; remove the trailing \`${model.escapeChar}\` before the blank line.`
        });
        continue;
      }
      report({
        range,
        message: `Blank line${blanks.length > 1 ? "s" : ""} inside the continued \`${ins.keyword}\` (line${blanks.length > 1 ? "s" : ""} ${blanks.join(", ")}) will become an error in BuildKit; remove ${blanks.length > 1 ? "them" : "it"} or use a comment line.`,
        fix: {
          description: "Remove the blank continuation lines",
          edits: blanks.map((line) => ({ range: { start: { line, column: 1 }, end: { line: line + 1, column: 1 } }, text: "" }))
        }
      });
    }
  }
});

// rules/env-self-reference.ts
var env_self_reference_default = defineRule({
  meta: {
    id: "env-self-reference",
    category: "correctness",
    severity: "error",
    preset: "recommended",
    description: "An `ENV` refers to a variable that the same `ENV` instruction defines.",
    docs: {
      why: "All values of one `ENV` instruction are expanded with the variables as they were before it, so in `ENV APP_HOME=/app LOG_DIR=$APP_HOME/logs` the `$APP_HOME` is still undefined and `LOG_DIR` becomes `/logs`. Define the variable in an earlier `ENV`. Referring to a variable's own previous value (`ENV PATH=/opt/bin:$PATH`) is fine, and so is one that was already defined before the instruction.",
      bad: "ENV APP_HOME=/app LOG_DIR=$APP_HOME/logs",
      good: "ENV APP_HOME=/app\nENV LOG_DIR=$APP_HOME/logs"
    },
    fixable: false,
    covers: ["DL3044"]
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== "ENV" || ins.properties.length < 2) continue;
      const names = new Map(ins.properties.map((p) => [p.name, p]));
      for (const prop of ins.properties) {
        if (!prop.valueRange) continue;
        for (const use of ins.expansions) {
          const defined = names.get(use.name);
          if (!defined || defined === prop || ins.state.env.has(use.name) || !rangeContains(prop.valueRange, use.range)) continue;
          report({
            range: use.range,
            message: `\`$${use.name}\` refers to \`${use.name}\` set in this same ENV instruction, but it expands to the value from before it (none); set \`${use.name}\` in an earlier ENV.`
          });
        }
      }
    }
  }
});

// src/runtime/exec-form.ts
var PLAIN_WORD = /^[A-Za-z0-9_\-.,/:=@%+]+$/;
var SHELL_ONLY = /* @__PURE__ */ new Set(["cd", "export", "source", ".", "set", "eval", "ulimit", "umask", "trap", "wait", "read", "alias", "shift", "unset", "return", "exit", "readonly", "local", "declare", "typeset", "if", "for", "while", "until", "case", "!", "{"]);
var SHELL_BUILTIN = /* @__PURE__ */ new Set(["echo", "printf", "test", "[", "true", "false", "kill", "pwd", "time", "command", "type", "getopts", "hash", "nohup"]);
var NEUTRAL_SHELL_OPTION = /^(-[euo]+|pipefail|errexit|nounset)$/;
var OWN_ENTRYPOINT = ["gcr.io/distroless/*", "cgr.dev/chainguard/*"];
function jsonArray(words) {
  return `[${words.map((w) => JSON.stringify(w)).join(", ")}]`;
}
function plainWords(ins) {
  const text = ins.argsText.trim();
  if (text === "" || text.includes("\n")) return null;
  const words = text.split(/[ \t]+/);
  if (!words.every((w) => PLAIN_WORD.test(w)) || words[0].includes("=")) return null;
  const shell = ins.state.shell;
  const neutral = /^(\/usr)?\/bin\/(sh|bash|dash|ash)$/.test(shell[0] ?? "") && shell.at(-1) === "-c" && shell.slice(1, -1).every((o) => NEUTRAL_SHELL_OPTION.test(o));
  return neutral ? words : null;
}
function basePassesCmdThrough(stage) {
  const root = stage.rootImage;
  if (root.isScratch) return true;
  return root.name !== null && hasGenericDefaultCommand(root.name) && !OWN_ENTRYPOINT.some((g) => matchesImageGlob(root.name, g));
}
function wrapped(ins) {
  return {
    text: jsonArray([...ins.state.shell, ins.argsText.trim()]),
    safe: false,
    why: "the shell stays PID 1 and still does not forward signals; only the warning goes (start the app with `exec` to fix that)"
  };
}
function execFormFix(ins, stages) {
  const flag = ins.flags[0]?.name ?? (ins.args[0]?.value.startsWith("--") ? ins.args[0].value.slice(2) : null);
  if (flag !== null) return { text: null, why: `BuildKit reads \`--${flag}\` as a flag of ${ins.keyword}, which takes none` };
  const words = plainWords(ins);
  if (!words) return wrapped(ins);
  const program = words[0];
  if (SHELL_ONLY.has(program)) return { text: null, why: `\`${program}\` is a shell builtin, not a program exec form can start` };
  const text = jsonArray(words);
  const builtin = SHELL_BUILTIN.has(program) ? `; the shell's own \`${program}\` may differ from the program` : "";
  const stage = ins.stage;
  if (!stage) return { text: null, why: "not in a stage" };
  if (ins.keyword === "ENTRYPOINT") {
    const withCmd = stages.find((s) => s.lineage.includes(stage) && s.cmd !== null);
    if (withCmd) return { text: null, why: `exec form would pass the CMD at line ${withCmd.cmd.range.start.line} to it as arguments` };
    return { text, safe: false, why: `\`docker run IMAGE ARGS\` would pass ARGS to it instead of ignoring them${builtin}` };
  }
  const entrypoint = stage.entrypoint;
  if (entrypoint?.json) return { text, safe: false, why: `the exec-form ENTRYPOINT at line ${entrypoint.range.start.line} would receive these words instead of \`/bin/sh -c …\`` };
  if (!entrypoint && !basePassesCmdThrough(stage)) return { text, safe: false, why: "the base image's ENTRYPOINT, unknown here, would receive these words instead of `/bin/sh -c …`" };
  return builtin ? { text, safe: false, why: builtin.slice(2) } : { text, safe: true, why: "the shell would run the same words" };
}

// rules/exec-form-cmd.ts
var exec_form_cmd_default = defineRule({
  meta: {
    id: "exec-form-cmd",
    category: "runtime",
    severity: "warning",
    preset: "recommended",
    description: "`CMD` or `ENTRYPOINT` in shell form.",
    docs: {
      why: 'In shell form Docker runs `/bin/sh -c "…"`: the shell is PID 1, it does not forward `SIGTERM`, so `docker stop` waits 10 seconds and kills the app without a clean shutdown. Use the JSON (exec) form. A shell form that starts with `exec` hands PID 1 to the app and is accepted.',
      bad: "CMD uvicorn app:app --host 0.0.0.0",
      good: 'CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]',
      fixSafety: 'Safe only when the shell would run the same words: every word plain (no `~`, globs, variables, quotes or escapes), one line, a POSIX `SHELL` without login or trace options, the program not a shell builtin, and the CMD handed to no ENTRYPOINT (none in the file and a base image whose ENTRYPOINT runs its arguments as given). Unsafe when an exec-form ENTRYPOINT (or an unknown one from the base image) would receive the words, and for an ENTRYPOINT, whose exec form receives the arguments of `docker run`. No fix for an ENTRYPOINT when a CMD is in force (exec form would pass the CMD to it), for a shell builtin, or after a leading `--flag` (BuildKit reads it as a flag and rejects it). Commands with shell syntax get an unsafe fix that spells the shell out (`["/bin/sh", "-c", "…"]`): it behaves as before, the shell still does not forward signals, and only the warning goes.'
    },
    fixable: true,
    fixKind: "mixed",
    covers: ["DL3025", "JSONArgsRecommended"]
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== "CMD" && ins.keyword !== "ENTRYPOINT" || ins.looksLikeJson || !ins.argsRange) continue;
      const script = ins.script;
      if (script === null) continue;
      if (script.commands[0]?.name === "exec") continue;
      const fix = execFormFix(ins, model.stages);
      report({
        range: ins.argsRange,
        message: `${ins.keyword} in shell form runs under \`/bin/sh -c\`, which does not pass signals to the app; use the exec form ${ins.keyword} ["…", "…"]${fix.text === null ? ` (no automatic fix: ${fix.why})` : ""}.`,
        ...fix.text !== null ? { fix: { description: `Rewrite ${ins.keyword} as ${fix.text} (${fix.safe ? "safe" : "unsafe"}: ${fix.why})`, edits: [{ range: ins.argsRange, text: fix.text }], safe: fix.safe } } : {}
      });
    }
  }
});

// src/runtime/expose.ts
function exposedPorts(model) {
  const out = { instructions: [], ports: /* @__PURE__ */ new Set(), unknown: false };
  for (const stage of [...model.finalStage?.lineage ?? []].reverse()) {
    for (const i of stage.instructions) {
      if (i.keyword !== "EXPOSE") continue;
      out.instructions.push(i);
      for (const p of i.ports) {
        if (!p.spec) {
          out.unknown = true;
          continue;
        }
        if (p.spec.protocol !== "tcp") continue;
        for (let port2 = p.spec.port; port2 <= p.spec.endPort; port2++) out.ports.add(port2);
      }
    }
  }
  return out;
}

// src/runtime/server/command-candidates.ts
import path6 from "node:path";

// src/shell/command.ts
function makeCommand(init) {
  const { argv } = init;
  const first = argv[0];
  const name = first.literal ? first.value.split("/").pop() ?? first.value : null;
  const resolved = resolveWords(argv.slice(1), init.context ?? null);
  const invocation = readInvocation([first, ...resolved.words], init.launchers ?? EMPTY, resolved.opaqueOptions);
  return {
    name,
    argv,
    args: argv.slice(1),
    assignments: orEmpty(init.assignments),
    redirects: init.redirects ?? [],
    range: init.range,
    wrappedBy: init.wrappedBy ?? null,
    pipelineIndex: init.pipelineIndex ?? -1,
    subshell: init.subshell ?? false,
    invocation,
    cwd: init.cwd ?? UNKNOWN_DIR,
    launches: null
  };
}

// src/shell/nesting.ts
var MAX_NESTING = 64;
var OPENERS = /* @__PURE__ */ new Set(["if", "case", "while", "until", "for", "select"]);
var CLOSERS = /* @__PURE__ */ new Set(["fi", "esac", "done"]);
function tooDeepAt(text) {
  let depth = 0;
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (single) {
      if (c === QUOTE) single = false;
      continue;
    }
    if (c === BACKSLASH) {
      i++;
    } else if (c === QUOTE) {
      single = true;
    } else if (c === OPEN_PAREN || c === OPEN_BRACE) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === CLOSE_PAREN || c === CLOSE_BRACE) {
      depth = Math.max(0, depth - 1);
    } else if (isLower(c) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      let end = i + 1;
      while (end < text.length && isLower(text.charCodeAt(end))) end++;
      if (end < text.length && isWordChar(text.charCodeAt(end))) {
        i = end;
        continue;
      }
      const word2 = text.slice(i, end);
      if (OPENERS.has(word2) && ++depth > MAX_NESTING) return i;
      if (CLOSERS.has(word2)) depth = Math.max(0, depth - 1);
      i = end - 1;
    }
  }
  return -1;
}
var [QUOTE, BACKSLASH, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACE, CLOSE_BRACE] = [..."'\\(){}"].map((c) => c.charCodeAt(0));
function isLower(c) {
  return c >= 97 && c <= 122;
}
function isWordChar(c) {
  return isLower(c) || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45;
}

// src/shell/shell-parser.ts
var parser = null;
function shellParser() {
  if (!parser) {
    const { syntax } = loadMvdanSh();
    parser = syntax.NewParser(syntax.Variant(syntax.LangBash));
  }
  return parser;
}

// src/shell/shell-ast.ts
function isNil(v) {
  if (v === null || v === void 0) return true;
  const g = v;
  return g.constructor?.nil === g || g.constructor?.string === void 0;
}
function typeName(v) {
  return (v.constructor.string ?? "").replace(/^\*syntax\./, "");
}
function items(slice2) {
  if (!slice2) return [];
  const s = slice2;
  if (!Array.isArray(s.$array)) return [];
  return s.$array.slice(s.$offset, s.$offset + s.$length);
}
function offs(pos) {
  return pos.offs;
}
function str(v) {
  const s = v;
  return /[^\x00-\x7f]/.test(s) ? Buffer.from(s, "latin1").toString("utf8") : s;
}
function lit(v) {
  return isNil(v) ? null : str(v.Value);
}
function part(p) {
  switch (typeName(p)) {
    case "Lit":
      return { kind: "Lit", value: str(p.Value), start: offs(p.ValuePos), end: offs(p.ValueEnd) };
    case "SglQuoted":
      return { kind: "SglQuoted", value: str(p.Value), start: offs(p.Left), end: offs(p.Right) + 1 };
    case "DblQuoted":
      return { kind: "DblQuoted", parts: items(p.Parts).map(part), start: offs(p.Left), end: offs(p.Right) + 1 };
    case "CmdSubst":
      return { kind: "Subst", stmts: stmts(p.Stmts), start: offs(p.Left), end: offs(p.Right) + 1 };
    case "ProcSubst":
      return { kind: "Subst", stmts: stmts(p.Stmts), start: offs(p.OpPos), end: offs(p.Rparen) + 1 };
    case "ParamExp": {
      const exp = p.Exp;
      const repl = p.Repl;
      const end = p.Short ? offs(p.Param.ValueEnd) : offs(p.Rbrace) + 1;
      const given = exp && !isNil(exp) ? word(exp.Word) : repl && !isNil(repl) ? word(repl.With) : null;
      return { kind: "ParamExp", name: lit(p.Param) ?? "", derived: derivation(p), word: given, start: offs(p.Dollar), end };
    }
    case "ArithmExp":
      return { kind: "Other", start: offs(p.Left), end: offs(p.Right) + (p.Bracket ? 1 : 2) };
    case "ExtGlob":
      return { kind: "Other", start: offs(p.OpPos), end: offs(p.Pattern.ValueEnd) + 1 };
    default:
      throw new Error(`unexpected shell word part ${typeName(p)}`);
  }
}
var OR_WORD_OPS = [68, 75];
var PART_OPS = [76, 83];
function derivation(p) {
  if (p.Excl || !isNil(p.Index) || p.Names) return "other";
  if (p.Length) return "number";
  if (!isNil(p.Repl)) return "or-word";
  const exp = p.Exp;
  if (isNil(exp)) return "value";
  const op = exp.Op;
  if (op >= OR_WORD_OPS[0] && op <= OR_WORD_OPS[1]) return "or-word";
  return op >= PART_OPS[0] && op <= PART_OPS[1] ? "value" : "other";
}
function word(w) {
  if (isNil(w)) return null;
  const parts = items(w.Parts).map(part);
  if (parts.length === 0) return null;
  return { parts, start: parts[0].start, end: parts[parts.length - 1].end };
}
function assign(a) {
  return { name: lit(a.Name), value: word(a.Value) };
}
function stmts(slice2) {
  return items(slice2).map(stmt);
}
function stmt(s) {
  return stmtWith(s, isNil(s.Cmd) ? null : command(s.Cmd));
}
function stmtWith(s, cmd) {
  const redirs = items(s.Redirs).map((r) => ({ word: word(r.Word), hdoc: word(r.Hdoc) }));
  const start = offs(s.Position);
  return { cmd, redirs, background: s.Background === true, start, end: Math.max(cmd?.end ?? start, ...redirs.map((r) => r.word?.end ?? start)) };
}
function command(c) {
  switch (typeName(c)) {
    case "CallExpr": {
      const assigns = items(c.Assigns);
      const args = items(c.Args).map(word).filter((w) => w !== null);
      const firstAssign = assigns[0];
      const start = firstAssign && !isNil(firstAssign.Name) ? offs(firstAssign.Name.ValuePos) : args[0]?.start ?? 0;
      const lastAssign = assigns.length ? assign(assigns[assigns.length - 1]) : null;
      const end = args.length ? args[args.length - 1].end : lastAssign?.value?.end ?? start;
      return { kind: "Call", assigns: assigns.map(assign), args, start, end };
    }
    case "BinaryCmd":
      return binary(c);
    case "Subshell":
      return group(stmts(c.Stmts), offs(c.Lparen), offs(c.Rparen) + 1, true);
    case "Block":
      return group(stmts(c.Stmts), offs(c.Lbrace), offs(c.Rbrace) + 1);
    case "IfClause": {
      const all = [];
      for (let clause = c; clause && !isNil(clause); clause = clause.Else ?? null) {
        all.push(...stmts(clause.Cond), ...stmts(clause.Then));
      }
      return group(all, offs(c.Position), offs(c.FiPos) + 2);
    }
    case "WhileClause":
      return group([...stmts(c.Cond), ...stmts(c.Do)], offs(c.WhilePos), offs(c.DonePos) + 4);
    case "ForClause": {
      const loop = c.Loop;
      const body = group(stmts(c.Do), offs(c.ForPos), offs(c.DonePos) + 4);
      if (typeName(loop) !== "WordIter") return body;
      const words = items(loop.Items).map(word).filter((w) => w !== null);
      return { ...body, loop: { name: lit(loop.Name) ?? "", items: words } };
    }
    case "CaseClause":
      return group(items(c.Items).flatMap((i) => stmts(i.Stmts)), offs(c.Case), offs(c.Esac) + 4);
    case "FuncDecl": {
      const body = stmt(c.Body);
      return group([body], offs(c.Position), body.end);
    }
    case "TimeClause": {
      const inner = isNil(c.Stmt) ? [] : [stmt(c.Stmt)];
      return group(inner, offs(c.Time), inner[0]?.end ?? offs(c.Time) + 4);
    }
    case "DeclClause": {
      const variant = c.Variant;
      const v = { value: str(variant.Value), start: offs(variant.ValuePos), end: offs(variant.ValueEnd) };
      const assigns = items(c.Args).map((a) => {
        const parsed = assign(a);
        const name = a.Name;
        const start = isNil(name) ? parsed.value?.start ?? v.end : offs(name.ValuePos);
        const end = parsed.value?.end ?? (isNil(name) ? start : offs(name.ValueEnd) + (a.Naked ? 0 : 1));
        return { ...parsed, start, end };
      });
      return { kind: "Decl", variant: v, assigns, start: v.start, end: assigns.length ? assigns[assigns.length - 1].end : v.end };
    }
    default:
      return { kind: "Other", start: 0, end: 0 };
  }
}
function binary(top) {
  const spine = [top];
  for (let x = top.X; !isNil(x.Cmd) && typeName(x.Cmd) === "BinaryCmd"; x = x.Cmd.X) spine.push(x.Cmd);
  let built = null;
  for (let i = spine.length - 1; i >= 0; i--) {
    const c = spine[i];
    const x = built === null ? stmt(c.X) : stmtWith(c.X, built);
    const y = stmt(c.Y);
    built = { kind: "Binary", op: c.Op, x, y, start: x.start, end: y.end };
  }
  return built;
}
function group(inner, start, end, subshell = false) {
  return { kind: "Group", stmts: inner, start, end, subshell };
}
function fileStatements(file) {
  const internal = file.__internal_object__;
  if (!internal) throw new Error("mvdan-sh returned an unexpected object");
  return stmts(internal.Stmts);
}

// src/shell/source-map.ts
var CACHE_SLOTS = 256;
var LineIndex = class {
  starts = [0];
  // Positions are shared between the ranges that meet at an offset (a file of 100,000 instructions held
  // millions of equal copies): nothing may mutate a model position.
  cachedOffsets = new Int32Array(CACHE_SLOTS).fill(-1);
  cachedPositions = new Array(CACHE_SLOTS);
  constructor(text) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset) {
    const slot = offset & CACHE_SLOTS - 1;
    if (this.cachedOffsets[slot] === offset) return this.cachedPositions[slot];
    const position2 = this.compute(offset);
    this.cachedOffsets[slot] = offset;
    this.cachedPositions[slot] = position2;
    return position2;
  }
  compute(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  offset(pos) {
    return (this.starts[pos.line - 1] ?? 0) + pos.column - 1;
  }
};
function mappedSlice(fileText, start, end) {
  const offsets = new Array(end - start);
  for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
  return { text: fileText.slice(start, end), offsets };
}
function rangeOf2(source, lines, start, end) {
  const last = source.offsets.length - 1;
  const s = source.offsets[Math.min(Math.max(start, 0), last)] ?? 0;
  const e = end > start ? (source.offsets[Math.min(end - 1, last)] ?? s) + 1 : s;
  return { start: lines.position(s), end: lines.position(e) };
}

// src/shell/parse.ts
var OP_AND = 10;
var OP_OR = 11;
var OP_PIPE = 12;
var OP_PIPE_ALL = 13;
var SHELLS3 = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);
function byteToIndexMap(text) {
  if (!/[^\u0000-\u007f]/.test(text)) return (b) => b;
  const map = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i);
    const bytes = cp < 128 ? 1 : cp < 2048 ? 2 : cp < 65536 ? 3 : 4;
    for (let k = 0; k < bytes; k++) map.push(i);
    if (cp >= 65536) i++;
  }
  map.push(text.length);
  return (b) => map[Math.min(b, map.length - 1)] ?? text.length;
}
var ScriptBuilder = class {
  constructor(source, lines, depth, words, cwd) {
    this.source = source;
    this.lines = lines;
    this.depth = depth;
    this.words = words;
    this.subshells = depth > 0 ? 1 : 0;
    this.toIndex = byteToIndexMap(source.text);
    this.cwd = cwd;
  }
  source;
  lines;
  depth;
  words;
  commands = [];
  pipelines = [];
  nestedScripts = [];
  pipefail = false;
  /** `set -e` is in force in this shell (not a subshell of it). */
  errexit = false;
  /** Names this shell (not a subshell of it) assigns with bare `X=1` statements. */
  assigned = [];
  /** Values the script gives variables, in any of its shells. */
  bindings = [];
  /** The commands of each `$(…)` being visited, innermost last: a command belongs to the innermost only. */
  substFrames = [];
  /** Each visited substitution's own commands, for the expansions of its word. */
  substCommands = /* @__PURE__ */ new WeakMap();
  /** How many subshells (`( … )`, `$(…)`, pipeline members, `&`) enclose the current node. */
  subshells;
  /** How many enclosing `$(…)` have an exit status no command sees (an argument's, not a bare assignment's). */
  discarded = 0;
  /** The variable a bare assignment (`X="$(…)"`) is giving the output of the `$(…)` being read. */
  assigning = null;
  toIndex;
  /** The directory the next command runs in. */
  cwd;
  dirStack = [];
  /** The first parse error of a nested `sh -c` body (reported for exec-form instructions, whose body is the script). */
  nestedError = null;
  /** Building an exec-form instruction's command. */
  execForm = false;
  /** A subshell's `cd` does not reach the commands after it. */
  inSubshell(yes, visit) {
    const cwd = this.cwd;
    if (yes) this.subshells++;
    try {
      visit();
    } finally {
      if (yes) {
        this.subshells--;
        this.cwd = cwd;
      }
    }
  }
  command_(init) {
    return makeCommand({ ...init, subshell: this.subshells > 0, cwd: this.cwd, context: this.words });
  }
  range(span) {
    return rangeOf2(this.source, this.lines, this.toIndex(span.start), this.toIndex(span.end));
  }
  slice(span) {
    return this.source.text.slice(this.toIndex(span.start), this.toIndex(span.end));
  }
  /** A top-level statement as rules see it. */
  statement(stmt2) {
    return { range: endKnown(stmt2) ? this.range(stmt2) : null, background: stmt2.background, or: hasOr(stmt2) };
  }
  stmts(list) {
    for (const s of list) this.stmt(s);
  }
  /** A pipeline member that is a group (`( … ) | gzip`) passes its place in the pipeline to the commands inside. */
  stmt(stmt2, pipelineIndex = -1, pipeline = null) {
    for (const r of stmt2.redirs) if (r.word) this.substitutions(r.word.parts, true);
    const redirects = stmt2.redirs.flatMap((r) => r.word ? [this.word(r.word)] : []);
    this.inSubshell(stmt2.background, () => this.command(stmt2.cmd, pipelineIndex, pipeline, redirects));
    this.shellHeredoc(stmt2);
  }
  /** `bash <<EOF … EOF` (as in `RUN <<EOF bash -ex`): the here-document is the script the shell runs. */
  shellHeredoc(stmt2) {
    const body = stmt2.redirs.find((r) => r.hdoc)?.hdoc;
    if (!body || this.depth > 3 || stmt2.cmd?.kind !== "Call" || !stmt2.cmd.args.length) return;
    const argv = stmt2.cmd.args.map((w) => this.word(w));
    const shell = argv[0].literal ? argv[0].value.split("/").pop() : "";
    if (!SHELLS3.has(shell) || argv.some((w) => /^-[a-z]*c[a-z]*$/.test(w.value))) return;
    const start = this.toIndex(body.start);
    const end = this.toIndex(body.end);
    const nested = this.nested({ text: this.source.text.slice(start, end), offsets: this.source.offsets.slice(start, end) });
    for (const c of nested.commands) this.commands.push({ ...c, wrappedBy: c.wrappedBy ?? shell });
    this.bindings.push(...nested.bindings);
    this.pipelines.push(...nested.pipelines);
    this.nestedScripts.push({ shell, source: nested.source, errexit: argv.some(isErrexitFlag) }, ...nested.nested);
  }
  /** Collects the commands of `cmd`; pipelineIndex is its place in an enclosing pipeline. */
  command(cmd, pipelineIndex, pipeline, redirects = []) {
    if (!cmd) return;
    switch (cmd.kind) {
      case "Call":
        this.call(cmd.assigns, cmd.args, cmd, pipelineIndex, pipeline, redirects);
        return;
      case "Binary":
        if (isPipe(cmd.op)) {
          const members = chainOperands(cmd, isPipe);
          const pipelineCommands = [];
          this.inSubshell(
            true,
            () => members.forEach((s, i) => this.stmt(s, i, pipelineCommands))
          );
          const discarded = this.discarded > 0;
          this.pipelines.push({ commands: pipelineCommands, range: this.range(cmd), pipefail: this.pipefail, statusDiscarded: discarded, assignedTo: discarded ? null : this.assigning });
        } else if (isAndOr(cmd.op)) {
          for (const s of chainOperands(cmd, isAndOr)) this.stmt(s, pipelineIndex, pipeline);
        }
        return;
      case "Group":
        if (cmd.loop) {
          const { name, items: items2 } = cmd.loop;
          if (items2.length === 0) this.bindings.push({ name, value: null, loop: true });
          for (const item of items2) this.bindings.push({ name, value: this.word(item), loop: true });
        }
        this.inSubshell(cmd.subshell, () => cmd.stmts.forEach((s) => this.stmt(s, pipelineIndex, pipeline)));
        return;
      case "Decl": {
        for (const a of cmd.assigns) if (a.value) this.substitutions(a.value.parts, true);
        const keyword = { value: cmd.variant.value, literal: true, quoted: false, range: this.range(cmd.variant) };
        const words = cmd.assigns.map((a) => {
          const value = a.value ? this.word(a.value) : null;
          const text = a.name === null ? value?.value ?? "" : a.value ? `${a.name}=${value.value}` : this.slice(a);
          return { value: text, literal: value?.literal ?? true, quoted: value?.quoted ?? false, range: this.range(a), expansions: value?.expansions ?? [] };
        });
        const assignments = cmd.assigns.filter((a) => a.name !== null && a.value).map((a) => ({ name: a.name, value: this.word(a.value).value }));
        for (const a of cmd.assigns) if (a.name !== null && a.value) this.bindings.push({ name: a.name, value: this.word(a.value), loop: false });
        this.add(this.command_({ argv: [keyword, ...words], assignments, range: this.range(cmd), pipelineIndex }), pipeline);
        return;
      }
      default:
        return;
    }
  }
  call(assigns, words, span, pipelineIndex, pipeline, redirects) {
    const assignments = [];
    for (const a of assigns) {
      if (a.name) assignments.push({ name: a.name, value: a.value ? this.word(a.value).value : "" });
    }
    for (const a of assigns) {
      if (!a.value) continue;
      const outer = this.assigning;
      this.assigning = words.length === 0 ? a.name : null;
      try {
        this.substitutions(a.value.parts, words.length > 0);
      } finally {
        this.assigning = outer;
      }
    }
    for (const w of words) this.substitutions(w.parts, true);
    const argv = words.map((w) => this.word(w));
    if (argv.length) this.add(this.command_({ argv, assignments, redirects, range: this.range(span), pipelineIndex }), pipeline);
    else {
      if (this.subshells === 0) this.assigned.push(...assignments.map((a) => a.name));
      for (const a of assigns) if (a.name) this.bindings.push({ name: a.name, value: a.value ? this.word(a.value) : this.emptyWord(span), loop: false });
    }
  }
  add(cmd, pipeline) {
    this.commands.push(cmd);
    this.substFrames[this.substFrames.length - 1]?.push(cmd);
    if (cmd.name === "read") {
      for (const w of cmd.invocation.operands) if (/^[A-Za-z_]\w*$/.test(w.value)) this.bindings.push({ name: w.value, value: null, loop: false });
    }
    pipeline?.push(cmd);
    if (cmd.name === "set" && setsPipefail(cmd)) this.pipefail = true;
    if (cmd.name === "set" && cmd.wrappedBy === null && this.subshells === 0) this.errexit = errexitAfter(cmd, this.errexit);
    const launched = launchedCommand(cmd);
    if (launched) {
      const first = launched.argv[0];
      const inner = this.command_({
        argv: launched.argv,
        // The launched program inherits the launcher's environment (`PORT=1 env X=2 uvicorn …`).
        assignments: [...cmd.assignments, ...launched.assignments],
        // `python3 -m pip install` is one command: it starts at the interpreter.
        range: { start: launched.module ? cmd.range.start : first.range.start, end: cmd.range.end },
        wrappedBy: cmd.name ?? cmd.argv[0].value,
        launchers: [...cmd.invocation.launchers, launched.label],
        pipelineIndex: cmd.pipelineIndex
      });
      cmd.launches = inner;
      this.add(inner, null);
    }
    if (cmd.name && SHELLS3.has(cmd.name)) this.shellC(cmd);
    if (cmd.wrappedBy === null) this.changeDirectory(cmd);
  }
  /** `cd`, `pushd` and `popd` of this shell move the commands after them. */
  changeDirectory(cmd) {
    const inv = cmd.invocation;
    if (cmd.name === "popd") this.cwd = this.dirStack.pop() ?? UNKNOWN_DIR;
    if (cmd.name !== "cd" && cmd.name !== "pushd") return;
    const target = inv.operands[0];
    if (cmd.name === "pushd") this.dirStack.push(this.cwd);
    this.cwd = (target?.literal ? resolveDir(target.value, this.cwd) : null) ?? UNKNOWN_DIR;
  }
  nested(source) {
    return parseShell(source, this.lines, this.depth + 1, this.words, this.cwd);
  }
  /** `sh -c 'script'`: the script is shell too. */
  shellC(cmd) {
    if (this.depth > 3) return;
    const i = cmd.args.findIndex((w) => w.literal && /^-[a-z]*c[a-z]*$/.test(w.value));
    const script = i >= 0 ? cmd.args[i + 1] : void 0;
    if (!script || !script.literal) return;
    const start = this.lines.offset(script.range.start) + (script.quoted ? 1 : 0);
    const offsets = this.unquotedOffsets(script) ?? Array.from({ length: script.value.length }, (_, k) => start + k);
    const main = this.execForm && this.commands[0] === cmd;
    const nested = main ? parseShell({ text: script.value, offsets }, this.lines, 0, this.words && { ...this.words, scriptText: script.value }, this.cwd) : this.nested({ text: script.value, offsets });
    this.nestedError ??= nested.error;
    this.nestedScripts.push({ shell: cmd.name, source: nested.source, errexit: cmd.args.some(isErrexitFlag) }, ...nested.nested);
    for (const c of nested.commands) this.commands.push(main ? c : { ...c, wrappedBy: c.wrappedBy ?? cmd.name });
    this.bindings.push(...nested.bindings);
    const pipefail = this.pipefail || setsPipefail(cmd);
    this.pipelines.push(...nested.pipelines.map((p) => pipefail ? { ...p, pipefail } : p));
  }
  /** File offsets of a literal word's characters after quote removal (`"a \\$b"` → a, space, $, b); null when not found in this script. */
  unquotedOffsets(word2) {
    const from = this.lines.offset(word2.range.start);
    const to = this.lines.offset(word2.range.end);
    const o = this.source.offsets;
    const i = o.indexOf(from);
    if (i < 0) return null;
    const out = [];
    let quote = "";
    for (let k = i; k < o.length && o[k] < to; k++) {
      const c = this.source.text[k];
      if (quote === "'") {
        if (c === "'") quote = "";
        else out.push(o[k]);
      } else if (c === "\\" && (quote === "" || /[$`"\\\n]/.test(this.source.text[k + 1] ?? ""))) {
        if (k + 1 < o.length && this.source.text[k + 1] !== "\n") out.push(o[++k]);
        else k++;
      } else if ((c === '"' || c === "'") && quote === "") quote = c;
      else if (c === '"' && quote === '"') quote = "";
      else out.push(o[k]);
    }
    return out.length === word2.value.length ? out : null;
  }
  emptyWord(span) {
    const at = this.range(span).end;
    return { value: "", literal: true, quoted: false, range: { start: at, end: at }, expansions: [] };
  }
  word(node) {
    let value = "";
    let literal = true;
    let quoted = false;
    let blankOutside = false;
    const expansions = [];
    const only = node.parts.length === 1 ? node.parts[0].kind === "DblQuoted" && node.parts[0].parts.length === 1 ? node.parts[0].parts[0] : node.parts[0] : null;
    const expansion = (p, inDouble) => {
      if (p.kind !== "ParamExp" && p.kind !== "Subst") return;
      const param = p.kind === "ParamExp";
      expansions.push({
        name: param ? p.name : null,
        derived: param ? p.derived : "value",
        word: param && p.word ? this.word(p.word) : null,
        quoted: inDouble,
        whole: p === only,
        range: this.range(p),
        commands: param ? [] : this.substCommands.get(p) ?? []
      });
    };
    const visit = (parts, inDouble) => {
      for (const p of parts) {
        switch (p.kind) {
          case "Lit":
            value += inDouble ? unescapeDouble(p.value) : unescapeBare(p.value);
            blankOutside ||= /[ \t\n]/.test(p.value) && (inDouble || /\\[ \t\n]/.test(p.value));
            break;
          case "SglQuoted":
            quoted = true;
            value += p.value;
            blankOutside ||= /[ \t\n]/.test(p.value);
            break;
          case "DblQuoted":
            quoted = true;
            visit(p.parts, true);
            break;
          default:
            literal = false;
            value += this.slice(p);
            expansion(p, inDouble);
        }
      }
    };
    visit(node.parts, false);
    return { value, literal, quoted, range: this.range(node), expansions, ...blankOutside ? { blankOutside } : {} };
  }
  /** Commands inside `$(…)`, backticks and `<(…)` of a word; `discarded`: no command sees their exit status. */
  substitutions(parts, discarded) {
    for (const p of parts) {
      if (p.kind === "Subst") {
        if (discarded) this.discarded++;
        const own = [];
        this.substFrames.push(own);
        try {
          this.inSubshell(true, () => this.stmts(p.stmts));
        } finally {
          if (discarded) this.discarded--;
          this.substFrames.pop();
        }
        this.substCommands.set(p, own);
      } else if (p.kind === "DblQuoted") this.substitutions(p.parts, discarded);
      else if (p.kind === "ParamExp" && p.word) this.substitutions(p.word.parts, discarded);
    }
  }
};
function endKnown(stmt2) {
  const cmd = stmt2.cmd;
  if (!cmd) return stmt2.redirs.length > 0;
  if (cmd.kind === "Other") return false;
  return cmd.kind === "Binary" ? endKnown(cmd.y) : true;
}
function hasOr(stmt2) {
  for (let node = stmt2; node; ) {
    const cmd = node.cmd;
    if (cmd?.kind !== "Binary" || !isAndOr(cmd.op)) return false;
    if (cmd.op === OP_OR || hasOr(cmd.y)) return true;
    node = cmd.x;
  }
  return false;
}
function errexitAfter(cmd, before3) {
  let on = before3;
  const args = cmd.args.map((w) => w.value);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^[-+][a-zA-Z]*o$/.test(a) && args[i + 1] === "errexit") on = a.startsWith("-");
    else if (/^[-+][a-zA-Z]*e/.test(a)) on = a.startsWith("-");
  }
  return on;
}
var isPipe = (op) => op === OP_PIPE || op === OP_PIPE_ALL;
var isAndOr = (op) => op === OP_AND || op === OP_OR;
function chainOperands(cmd, inChain) {
  const operands = [];
  for (let node = cmd; ; ) {
    operands.push(node.y);
    const x = node.x;
    if (x.cmd?.kind === "Binary" && inChain(x.cmd.op) && x.redirs.length === 0 && !x.background) node = x.cmd;
    else {
      operands.push(x);
      return operands.reverse();
    }
  }
}
function unescapeBare(s) {
  return s.includes("\\") ? s.replace(/\\(.)/gs, "$1") : s;
}
function unescapeDouble(s) {
  return s.includes("\\") ? s.replace(/\\([$`"\\\n])/g, "$1") : s;
}
function setsPipefail(cmd) {
  const args = cmd.args.map((w) => w.value);
  for (let i = 0; i < args.length; i++) {
    if (/^-[a-zA-Z]*o$/.test(args[i]) && args[i + 1] === "pipefail") return true;
  }
  return false;
}
function wordContext(context, text) {
  return context ? { scope: context.scope, scriptText: text } : null;
}
function parseShell(source, lines, depth, words, cwd) {
  const deepAt = tooDeepAt(source.text);
  if (deepAt >= 0) return tooDeep(source, lines, deepAt);
  let statements;
  try {
    statements = fileStatements(shellParser().Parse(source.text, ""));
  } catch (e) {
    if (e instanceof RangeError) return tooDeep(source, lines, 0);
    const err = e;
    if (typeof err.Text !== "string" || !err.Pos) throw e;
    const at = byteToIndexMap(source.text)(err.Pos.Offset());
    return { source, nested: [], commands: [], pipelines: [], statements: [], assigned: [], bindings: [], errexit: false, error: { message: err.Text, range: rangeOf2(source, lines, at, at + 1) } };
  }
  const builder = new ScriptBuilder(source, lines, depth, words, cwd);
  builder.stmts(statements);
  return {
    source,
    nested: orEmpty(builder.nestedScripts),
    commands: orEmpty(builder.commands),
    pipelines: orEmpty(builder.pipelines),
    statements: statements.map((s) => builder.statement(s)),
    assigned: orEmpty(builder.assigned),
    bindings: builder.bindings,
    errexit: builder.errexit,
    error: null
  };
}
function tooDeep(source, lines, at) {
  const message2 = `it nests deeper than ${MAX_NESTING} levels`;
  return { source, nested: [], commands: [], pipelines: [], statements: [], assigned: [], bindings: [], errexit: false, error: { message: message2, range: rangeOf2(source, lines, at, at + 1), tooDeep: true } };
}
function parseScript(source, lines, context) {
  return parseShell(source, lines, 0, wordContext(context, source.text), startDir(context?.workdir ?? null));
}
function parseExecForm(argv, range, lines, context) {
  const source = { text: "", offsets: [] };
  const builder = new ScriptBuilder(source, lines, 0, wordContext(context, argv.map((w) => w.value).join(" ")), startDir(context?.workdir ?? null));
  builder.execForm = true;
  builder.add(makeCommand({ argv, assignments: [], range, cwd: startDir(context?.workdir ?? null) }), null);
  return { source, nested: builder.nestedScripts, commands: builder.commands, pipelines: builder.pipelines, statements: [], assigned: [], bindings: [], errexit: false, error: builder.nestedError };
}
function isErrexitFlag(w) {
  return w.literal && /^-[a-z]*e[a-z]*$/.test(w.value);
}

// src/runtime/server/values.ts
function runtimeEnv(stage) {
  const env = /* @__PURE__ */ new Map();
  if (!stage) return env;
  for (const name of stage.endState.envNames) env.set(name, stage.endState.env.get(name));
  return env;
}
function resolveText(text, scope) {
  const e = processWord(text, scope, { keepQuotes: true });
  if (e.unresolved.length === 0) return { value: e.value, certain: true };
  const guessable = e.variables.every((r) => !e.unresolved.includes(r.name) || !scope.has(r.name) && (r.modifier === ":-" || r.modifier === "-"));
  if (!guessable) return null;
  return { value: processWord(text, scope, { keepQuotes: true, undeclaredIsEmpty: true }).value, certain: false };
}
function optionText(o, reading) {
  const word2 = o.valueWord;
  if (o.value === null || word2 === null) return null;
  const range = word2.range;
  if (reading.exec) return o.value.includes("$") ? null : { value: o.value, certain: true, range };
  if (word2.literal) return { value: o.value, certain: true, range };
  if (/\$\(|`/.test(o.value)) return null;
  const r = resolveText(o.value, reading.scope);
  return r ? { ...r, range } : null;
}
function optionValuesSeen(args, names, reading) {
  const out = [];
  for (const o of args.options) {
    if (!names.includes(o.name)) continue;
    const v = optionText(o, reading);
    if (!v) return null;
    out.push(v);
  }
  return out;
}
function optionValueSeen(args, names, reading) {
  const o = args.options.filter((x) => names.includes(x.name)).at(-1);
  if (!o) return void 0;
  const v = optionText(o, reading);
  return v ? { ...v, value: v.value.replace(/^(['"])(.*)\1$/, "$2") } : null;
}
function envValue(name, { env, assignments }) {
  const a = [...assignments].reverse().find((x) => x.name === name);
  if (a) return /\$/.test(a.value) ? null : { value: a.value, certain: true, range: null };
  if (!env.has(name)) return void 0;
  const v = env.get(name);
  return v === void 0 ? null : { value: v, certain: true, range: null };
}

// src/runtime/server/command-candidates.ts
function effectiveCommand(model) {
  return { entrypoint: model.finalStage?.entrypoint ?? null, cmd: model.finalStage?.cmd ?? null };
}
function execWords(instruction) {
  return instruction.json?.map((t) => ({ value: t.value, literal: true, quoted: true, range: t.range })) ?? null;
}
function cwdOf(command2, stage) {
  const { root, segments } = command2.cwd;
  if (root === "?") return null;
  return root === "/" ? `/${segments.join("/")}` : path6.posix.join(workdirOf({ state: stage.endState }), ...segments);
}
function candidates(commands, owners, execArgv, stage) {
  const ownerOf2 = (w) => owners.find((o) => rangeContains(o.range, w.range)) ?? owners[0];
  const exec = new Set(execArgv.map((w) => `${w.range.start.line}:${w.range.start.column}`));
  return commands.map((command2) => {
    const first = command2.argv[0].range.start;
    return { command: command2, ownerOf: ownerOf2, exec: exec.has(`${first.line}:${first.column}`), cwd: cwdOf(command2, stage) };
  });
}
function instructionCandidates(instruction, stage) {
  return candidates(instruction.script?.commands ?? [], [instruction], execWords(instruction) ?? [], stage);
}
function commandCandidates(model) {
  const stage = model.finalStage;
  if (!stage) return [];
  const { entrypoint, cmd } = effectiveCommand(model);
  const epWords = entrypoint && execWords(entrypoint);
  if (!entrypoint || epWords?.length === 0) return cmd ? instructionCandidates(cmd, stage) : [];
  if (!epWords || !cmd) return instructionCandidates(entrypoint, stage);
  const cmdWords = execWords(cmd);
  let out;
  if (cmdWords) {
    const argv = [...epWords, ...cmdWords];
    const range = { start: argv[0].range.start, end: argv[argv.length - 1].range.end };
    const script = parseExecForm(argv, range, model.lineIndex, { scope: runtimeEnv(stage), workdir: stage.endState.workdir });
    out = candidates(script.commands, [entrypoint, cmd], argv, stage);
  } else out = instructionCandidates(entrypoint, stage);
  const shellRun = /^(sh|bash|dash|ash)$/.test(programName(epWords[0]) ?? "") && epWords[1] && !epWords[1].value.startsWith("-");
  const program = epWords[shellRun ? 1 : 0]?.value.split("/").pop() ?? "";
  const epCommand = entrypoint.script?.commands[0];
  const onlyLauncher = !!epCommand && launcherOf(epCommand.name ?? "") !== null && launchedCommand(epCommand) === null;
  if (/\.sh$|entrypoint/i.test(program) || onlyLauncher && !cmdWords) out.push(...instructionCandidates(cmd, stage));
  return out;
}

// src/runtime/server/address.ts
function parsePort(v) {
  return /^\d{1,5}$/.test(v.trim()) ? Number(v.trim()) : null;
}
function parseBind(v, defaults) {
  const s = v.trim().replace(/^['"]|['"]$/g, "");
  if (/^(unix:|fd:\/\/)/.test(s)) return null;
  const ipv6 = /^\[([^\]]*)\](?::(\d+))?$/.exec(s);
  if (ipv6) return { host: ipv6[1], port: ipv6[2] ? Number(ipv6[2]) : defaults.port };
  const colon = s.lastIndexOf(":");
  if (colon < 0) return { host: s, port: defaults.port };
  return { host: s.slice(0, colon), port: parsePort(s.slice(colon + 1)) };
}
function parseUrl(v) {
  const u = /^https?:\/\/(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(v);
  if (!u) return null;
  return { host: u[1].replace(/^\[|\]$/g, ""), port: Number(u[2] ?? (v.startsWith("https") ? "443" : "80")) };
}
function parseHostUrl(v, defaults) {
  let s = v.trim();
  let defaultPort = String(defaults.port);
  const scheme = /^([a-z]+):\/\//.exec(s);
  if (scheme) {
    if (scheme[1] === "http") defaultPort = "80";
    if (scheme[1] === "https") defaultPort = "443";
    s = s.slice(scheme[0].length);
  }
  s = s.split("/")[0];
  const b = /^\[([^\]]*)\](?::(\d+))?$/.exec(s) ?? /^([^:]*)(?::(\d+))?$/.exec(s);
  const host = b ? b[1] === "" && b[2] === void 0 ? defaults.host : b[1] : defaults.host;
  return { host, port: Number(b?.[2] ?? defaultPort) };
}
var PARSERS = {
  bind: parseBind,
  url: parseUrl,
  "host-url": parseHostUrl
};
function addressValues(values, syntax, defaults) {
  const parsed = values.flatMap((v) => {
    const a = PARSERS[syntax](v.value, defaults);
    return a ? [{ ...a, v }] : [];
  });
  if (!parsed.length) return { host: null, ports: null };
  const chosen = parsed.find((a) => !isLoopbackHost(a.host)) ?? parsed[0];
  const ports = parsed.flatMap((a) => a.port === null ? [] : [{ value: String(a.port), certain: a.v.certain, range: a.v.range }]);
  return { host: { value: chosen.host, certain: chosen.v.certain, range: chosen.v.range }, ports: ports.length ? ports : null };
}

// src/runtime/server/match.ts
function matchServer(c, env, catalogue) {
  const { command: command2 } = c;
  const inv = command2.invocation;
  if (inv.program === null) return null;
  if (inv.tool === "python") {
    const script = inv.operands[0];
    if (hasOption(inv, "-c", "-m") || !script || !/\.py$/.test(script.value)) return null;
    const spec = catalogue.find((s) => s.scriptEnv?.some((n) => env.has(n) || command2.assignments.some((a) => a.name === n)));
    if (!spec) return null;
    const after = inv.args.slice(inv.args.indexOf(script) + 1);
    return { spec, word: script, args: readArguments(after, serverGrammar(spec)), byScript: true, path: [] };
  }
  const module = inv.launchers[inv.launchers.length - 1]?.endsWith(" -m") ?? false;
  for (const spec of catalogue) {
    for (const entry of spec.invocations) {
      if ((module ? entry.module : entry.program) !== inv.program) continue;
      const args = readArguments(inv.args, serverGrammar(spec));
      if ((entry.sub ?? []).every((w, k) => args.operands[k]?.literal && args.operands[k].value === w)) {
        return { spec, word: command2.argv[0], args, byScript: false, path: args.operands.slice(0, entry.sub?.length ?? 0) };
      }
    }
  }
  return null;
}

// src/runtime/server/config-files.ts
import path7 from "node:path";
function escape2(key) {
  return key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function pythonAssignment(text, key) {
  const m = new RegExp(`^${escape2(key)}\\s*=\\s*(.+)$`, "m").exec(text);
  if (!m) return void 0;
  const value = m[1].replace(/#.*$/, "").trim();
  const strings = [...value.matchAll(/(['"])([^'"]*)\1/g)].map((x) => x[2]);
  const literal = /^(\[\s*)?(['"][^'"]*['"]\s*,?\s*)+\]?$/.test(value);
  return literal && strings.length ? strings : null;
}
function javaProperty(text, key) {
  const value = new RegExp(`^\\s*${escape2(key)}\\s*=\\s*(\\S+)`, "m").exec(text)?.[1];
  return value === void 0 ? void 0 : [value];
}
function dotenv(text, key) {
  const value = new RegExp(`^\\s*(?:export\\s+)?${escape2(key)}\\s*=\\s*['"]?([^'"\\s#]*)`, "m").exec(text)?.[1];
  return value === void 0 ? void 0 : [value];
}
var READERS = {
  python: pythonAssignment,
  "java-properties": javaProperty,
  dotenv
};
function readKey(text, format, key) {
  return READERS[format.syntax](text, key);
}
function contextFile(model, cwd, written, context) {
  const abs = written.startsWith("/") ? written : cwd === null ? null : path7.posix.join(cwd, written);
  if (abs === null || !model.finalStage) return "unknown";
  const origin = contextOriginIn(model.finalStage, abs, context);
  if (origin === void 0) return "absent";
  if (origin === null || !context) return "unknown";
  return context.read(origin.contextPath) ?? (context.exists(origin.contextPath) ? "unknown" : "absent");
}
function rootImage(model) {
  return model.finalStage?.rootImage.name?.familiar ?? null;
}
function mentions(model, pattern) {
  return (model.finalStage?.lineage ?? []).some((s) => s.instructions.some((i) => (i.keyword === "RUN" || i.keyword === "COPY" || i.keyword === "ADD") && pattern.test(i.argsText)));
}
function signShows(sign, model, env, context) {
  if ("mentions" in sign) return mentions(model, sign.mentions);
  if ("contextFile" in sign) return context?.exists(sign.contextFile) ?? false;
  if ("env" in sign) return envValue(sign.env, env) !== void 0;
  const root = rootImage(model);
  return root !== null && sign.baseImage.test(root);
}

// src/runtime/server/resolve.ts
var BOTH = ["host", "port"];
function known(value) {
  return { value, certain: true, range: null };
}
function defaultHost(spec) {
  return spec.defaultHost === "all" ? "0.0.0.0" : "127.0.0.1";
}
function unknown(fields, source) {
  return {
    ...fields.includes("host") ? { host: { value: null, source } } : {},
    ...fields.includes("port") ? { ports: { value: null, source } } : {}
  };
}
function address(values, spec, syntax, source) {
  const a = addressValues(values, syntax, { host: defaultHost(spec), port: spec.defaultPort });
  return { host: { value: a.host, source }, ports: { value: a.ports, source } };
}
function flagLayer(spec, args, reading, source) {
  let out = {};
  if (spec.bindFlags) {
    const binds = optionValuesSeen(args, spec.bindFlags, reading);
    if (binds === null) out = unknown(BOTH, source);
    else if (binds.length) out = address(binds, spec, "bind", source);
  }
  const host = optionValueSeen(args, spec.hostFlags, reading);
  if (host !== void 0) out.host = { value: host, source };
  if (hasOption(args, ...spec.allInterfacesFlags ?? [])) out.host = { value: known("0.0.0.0"), source };
  const port2 = optionValueSeen(args, spec.portFlags, reading);
  if (port2 !== void 0) out.ports = { value: port2 && [port2], source };
  return out;
}
function argsEnvLayer(spec, name, input) {
  const v = envValue(name, input.env);
  if (v === void 0) return {};
  if (v === null) return unknown(BOTH, "env");
  return flagLayer(spec, readArguments(splitArgs(v.value), serverGrammar(spec)), { ...input.reading, exec: true }, "env");
}
function envLayer(spec, env) {
  const out = {};
  for (const name of spec.hostEnv ?? []) {
    const v = envValue(name, env);
    if (v !== void 0) out.host = { value: v, source: "env" };
  }
  for (const name of spec.portEnv ?? []) {
    const v = envValue(name, env);
    if (v !== void 0) out.ports = { value: v && [v], source: "env" };
  }
  return out;
}
function configLayer(spec, file, input) {
  const { model, context, match, reading, env } = input;
  const affected = file.affects ? [file.affects] : BOTH;
  const cannotRead = file.unreadable === "uncertain" ? { guesses: affected } : unknown(affected, "config-file");
  const names = [...file.pathFlags ? [optionValueSeen(match.args, file.pathFlags, reading)] : [], ...(file.pathEnv ?? []).map((n) => envValue(n, env))];
  if (names.includes(null)) return cannotRead;
  const named = names.find((n) => n)?.value;
  if (named !== void 0 && file.notAFile?.test(named)) return cannotRead;
  const written = named ?? file.defaultPath;
  const text = written === void 0 ? "absent" : contextFile(model, input.cwd, written, context);
  if (text === "unknown") return cannotRead;
  if (text === "absent") return named !== void 0 || (file.elsewhere ?? []).some((s) => signShows(s, model, env, context)) ? cannotRead : {};
  const format = file.format;
  if (!format) return cannotRead;
  const [addr, host, port2] = [format.address?.key, format.host, format.port].map((key) => key === void 0 ? void 0 : readKey(text, format, key));
  if (addr === null || host === null || port2 === null) return cannotRead;
  const out = addr ? address(addr.map(known), spec, format.address.syntax, "config-file") : {};
  if (host) out.host = { value: known(host[0]), source: "config-file" };
  if (port2) out.ports = { value: [known(port2[0])], source: "config-file" };
  return out;
}
function splitArgs(text) {
  const none2 = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return (text.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((v) => ({ value: v.replace(/^(['"])(.*)\1$/, "$2"), literal: true, quoted: false, range: none2 }));
}
function* layers(input, image) {
  const spec = input.match.spec;
  yield flagLayer(spec, input.match.args, input.reading, "flag");
  for (const name of spec.argsEnv ?? []) yield argsEnvLayer(spec, name, input);
  yield envLayer(spec, input.env);
  for (const a of spec.addressEnv ?? []) {
    const v2 = envValue(a.name, input.env);
    if (v2 !== void 0) yield v2 === null ? unknown(BOTH, "env") : address([v2], spec, a.syntax, "env");
  }
  for (const file of spec.configFiles ?? []) yield configLayer(spec, file, input);
  if (input.match.byScript) yield { guesses: BOTH };
  if (image) {
    yield {
      ...image.host !== void 0 ? { host: { value: known(image.host), source: "base-image" } } : {},
      ...image.port !== void 0 ? { ports: { value: [known(String(image.port))], source: "base-image" } } : {}
    };
  }
  const fromEnv = spec.defaultFromEnv;
  const v = fromEnv && envValue(fromEnv.port, input.env);
  if (fromEnv && v !== void 0) yield { host: { value: known(fromEnv.host), source: "env" }, ports: { value: v && [v], source: "env" } };
}
function guessHost(s) {
  return { ...s, value: s.value && { ...s.value, certain: false } };
}
function guessPorts(s) {
  return { ...s, value: s.value && s.value.map((v) => ({ ...v, certain: false })) };
}
function resolveAddress(input) {
  const spec = input.match.spec;
  const root = rootImage(input.model);
  const image = root === null ? void 0 : spec.baseImages?.find((b) => b.image.test(root));
  let host;
  let ports;
  const guessing = { host: false, port: false };
  for (const layer of layers(input, image)) {
    if (!host && layer.host) host = guessing.host ? guessHost(layer.host) : layer.host;
    if (!ports && layer.ports) ports = guessing.port ? guessPorts(layer.ports) : layer.ports;
    if (!image) for (const f of layer.guesses ?? []) guessing[f] = true;
    if (host && ports) return { host, ports };
  }
  const byDefault = {
    host: { value: known(defaultHost(spec)), source: "default" },
    ports: { value: [known(String(spec.defaultPort))], source: "default" }
  };
  return {
    host: host ?? (guessing.host ? guessHost(byDefault.host) : byDefault.host),
    ports: ports ?? (guessing.port ? guessPorts(byDefault.ports) : byDefault.ports)
  };
}

// src/runtime/server/detect.ts
function detectServers(model, context = null, catalogue = SERVERS) {
  const out = [];
  const env = runtimeEnv(model.finalStage);
  const seen = /* @__PURE__ */ new Set();
  for (const c of commandCandidates(model)) {
    const match = matchServer(c, env, catalogue);
    if (!match) continue;
    const { word: word2 } = match;
    const assignments = c.command.assignments;
    const key = `${word2.range.start.line}:${word2.range.start.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (hasOption(match.args, ...match.spec.noTcpFlags ?? [], ...match.spec.notServingFlags ?? [])) continue;
    const scope = new Map([...env, ...assignments.map((a) => [a.name, a.value])]);
    const r = resolveAddress({
      model,
      context,
      match,
      cwd: c.cwd,
      env: { env, assignments },
      reading: { exec: c.exec, scope }
    });
    const host = r.host.value;
    const ports = (r.ports.value ?? []).map((p) => parsePort(p.value)).filter((p) => p !== null);
    if (r.ports.source === "default") ports.push(...match.spec.extraPorts ?? []);
    const portValue = r.ports.value?.[0] ?? null;
    const port2 = portValue ? parsePort(portValue.value) : null;
    const instruction = c.ownerOf(word2);
    out.push({
      server: match.spec,
      instruction,
      argumentsAtRun: instruction.keyword === "ENTRYPOINT" && instruction.json !== null && !model.finalStage?.cmd,
      range: word2.range,
      host: host ? host.value.replace(/^\[|\]$/g, "") : null,
      hostRange: host?.range ?? null,
      port: port2,
      ports: port2 === null ? [] : ports,
      hostCertain: host?.certain ?? false,
      portCertain: port2 !== null && (r.ports.value ?? []).every((p) => p.certain),
      configuredBy: { host: r.host.source, port: r.ports.source },
      args: match.args,
      lastWord: match.path.at(-1) ?? word2
    });
  }
  return out;
}
function detectServer(model, context = null, catalogue = SERVERS) {
  return detectServers(model, context, catalogue)[0] ?? null;
}

// rules/expose-present.ts
var expose_present_default = defineRule({
  meta: {
    id: "expose-present",
    category: "runtime",
    severity: "warning",
    preset: "recommended",
    description: "The final image starts a network server but does not `EXPOSE` the port it listens on.",
    docs: {
      why: "`EXPOSE` is how an image says which port its service uses: `docker run -P`, Docker Desktop, compose tooling, Kubernetes generators and readers of the Dockerfile rely on it. When it is missing, or names another port than the server's `--port`, people publish the wrong port and get \"connection refused\". The rule recognises the server in the final image's `CMD`/`ENTRYPOINT` (uvicorn, gunicorn, hypercorn, `fastapi run`, `flask run`, streamlit, gradio apps configured with `GRADIO_SERVER_*`, jupyter, tensorboard, tritonserver, vLLM, text-generation-inference, `ollama serve`, mlflow, torchserve, bentoml), works out its port from flags, variables and defaults, and compares it with every `EXPOSE` of the final image (several ports, ranges, `/tcp`, variables). It stays silent when the port or an `EXPOSE` cannot be resolved, and when a service base image may already expose the port.",
      bad: 'FROM python:3.12-slim\nCOPY . /app\nEXPOSE 8080\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]',
      good: 'FROM python:3.12-slim\nCOPY . /app\nEXPOSE 8000\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]',
      fixSafety: "Unsafe: `EXPOSE <port>` is added before the final stage's own `CMD`/`ENTRYPOINT`, with the port the server is known to listen on (from its flags, variables or default). `EXPOSE` changes no behaviour of the container, but tools read it (`docker run -P` publishes it, generators open it), so the image now advertises one more port: check it is the one you mean to publish. No fix when the port is a guess or the final stage has no `CMD`/`ENTRYPOINT` of its own."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: []
  },
  check({ model, buildContext, report }) {
    const servers = detectServers(model, buildContext);
    if (!servers.length) return;
    const exposed = exposedPorts(model);
    if (exposed.unknown) return;
    for (const server of servers) {
      const name = `\`${server.server.name}\``;
      if (exposed.instructions.length === 0) {
        const root = model.finalStage?.rootImage;
        if (!root?.name || isServiceImage(root.name)) continue;
        report({
          range: server.range,
          message: server.port === null ? `${name} starts a network server but the image EXPOSEs no port; add \`EXPOSE <port>\` for the port it listens on.` : `${name} listens on port ${server.port} but the image does not EXPOSE it; add \`EXPOSE ${server.port}\`${server.argumentsAtRun && server.configuredBy.port === "default" ? " (unless every `docker run` passes another port: this ENTRYPOINT takes its arguments from there)" : ""}.`,
          ...exposeFix(model, server)
        });
        continue;
      }
      if (server.port === null || !server.portCertain) continue;
      if (server.ports.some((p) => exposed.ports.has(p))) continue;
      const last = exposed.instructions[exposed.instructions.length - 1];
      const listed = [...exposed.ports].slice(0, 4).join(", ") || "only non-TCP ports";
      report({
        range: last.argsRange ?? last.range,
        message: `The image EXPOSEs ${listed} but ${name} listens on ${server.port}; EXPOSE ${server.port}${server.server.portFlags[0] ? ` or start it with \`${server.server.portFlags[0]} ${exposed.ports.size === 1 ? [...exposed.ports][0] : "<port>"}\`` : ""}.`,
        ...exposeFix(model, server)
      });
    }
  }
});
function exposeFix(model, server) {
  const before3 = model.finalStage?.instructions.find((i) => i.keyword === "CMD" || i.keyword === "ENTRYPOINT");
  if (server.port === null || !server.portCertain || !before3) return {};
  const line = `${keywordInFileCase(model, "EXPOSE")} ${server.port}`;
  return { fix: { description: `Add \`${line}\``, edits: [insertLinesBefore(model, before3, [line])], safe: false } };
}

// rules/expose-valid.ts
var PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "udp", "sctp"]);
function port(text) {
  return /^\d+$/.test(text) ? Number(text) : null;
}
function judge(word2, value) {
  const slash = value.lastIndexOf("/");
  const spec = slash >= 0 ? value.slice(0, slash) : value;
  const proto = slash >= 0 ? value.slice(slash + 1) : "";
  const parts = spec.split(":");
  const container = parts[parts.length - 1];
  const [startText, endText, ...extra] = container.split("-");
  const start = port(startText ?? "");
  const end = endText === void 0 ? start : port(endText);
  if (start === null || end === null || extra.length) {
    return { message: `\`${word2.raw}\` is not a port or port range; write \`8000\`, \`8000/udp\` or \`8000-8010\`.` };
  }
  if (start > 65535 || end > 65535) {
    return { message: `Port \`${word2.raw}\` is outside 0–65535; use a valid port number.` };
  }
  if (end < start) {
    return { message: `Port range \`${word2.raw}\` ends before it starts; write it as \`${end}-${start}\`.` };
  }
  if (proto && !PROTOCOLS.has(proto.toLowerCase())) {
    return { message: `\`${proto}\` in \`${word2.raw}\` is not a protocol EXPOSE knows; use \`tcp\`, \`udp\` or \`sctp\`.` };
  }
  if (parts.length > 1) {
    return {
      severity: "warning",
      message: `EXPOSE declares a container port only; \`${word2.raw}\` also names a host address or port, which Docker ignores (map ports with \`docker run -p\`); write \`${container}${proto ? `/${proto}` : ""}\`.`
    };
  }
  if (proto && proto !== proto.toLowerCase()) {
    return {
      severity: "style",
      message: `Protocol \`${proto}\` in \`${word2.raw}\` should be lower-case: \`${container}/${proto.toLowerCase()}\`.`
    };
  }
  return null;
}
var expose_valid_default = defineRule({
  meta: {
    id: "expose-valid",
    category: "correctness",
    severity: "error",
    preset: "recommended",
    description: "`EXPOSE` with an invalid port, range or protocol, or a host mapping.",
    docs: {
      why: "EXPOSE takes container ports (`8000`, `8000/udp`, `9000-9010`) between 0 and 65535, with protocol `tcp`, `udp` or `sctp`. Anything else fails the build. A host address or host port (`127.0.0.1:8000:8000`, `80:8000`) is ignored by Docker (publishing is `docker run -p`'s job) and reported as a warning; an upper-case protocol (`8000/TCP`) is a style finding. Ports built from variables are checked once their value is known.",
      bad: "EXPOSE 80000\nEXPOSE 8080:80\nEXPOSE 53/UDP",
      good: "EXPOSE 8000\nEXPOSE 80\nEXPOSE 53/udp"
    },
    fixable: false,
    covers: ["DL3011", "ExposeInvalidFormat", "ExposeProtoCasing"]
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== "EXPOSE") continue;
      for (const port2 of ins.ports) {
        if (port2.value === null) continue;
        const finding = judge(port2, port2.value);
        if (finding) report({ range: port2.range, ...finding });
      }
    }
  }
});

// rules/from-first.ts
var KNOWN = new Set(INSTRUCTIONS);
var from_first_default = defineRule({
  meta: {
    id: "from-first",
    category: "correctness",
    severity: "error",
    preset: "recommended",
    description: "Something other than `ARG`, comments and parser directives comes before the first `FROM`.",
    docs: {
      why: "A Dockerfile must start its first build stage with `FROM`; only global `ARG`s (usable in `FROM` lines), comments and parser directives may precede it. BuildKit refuses any other instruction there, and a file without any `FROM` builds nothing. A misspelt `FROM` is reported by `syntax-error` instead.",
      bad: "ENV PYTHONUNBUFFERED=1\nFROM python:3.12-slim",
      good: "ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}-slim\nENV PYTHONUNBUFFERED=1"
    },
    fixable: false,
    covers: ["DL3061"]
  },
  check({ model, report }) {
    const firstFrom = model.instructions.findIndex((i) => i.keyword === "FROM");
    const before3 = firstFrom < 0 ? model.instructions : model.instructions.slice(0, firstFrom);
    if (before3.some((i) => !KNOWN.has(i.keyword) && nearest(i.keyword, ["FROM"], 2))) return;
    const offending = before3.filter((i) => i.keyword !== "ARG" && KNOWN.has(i.keyword));
    if (!offending.length) return;
    if (firstFrom < 0) {
      report({
        range: offending[0].keywordRange,
        message: `The Dockerfile has no \`FROM\` instruction; start the build with \`FROM <image>\` before \`${offending[0].keyword}\`.`
      });
      return;
    }
    for (const ins of offending) {
      report({
        range: ins.keywordRange,
        message: `\`${ins.keyword}\` comes before the first \`FROM\`; only \`ARG\`, comments and parser directives may precede it, so move it into a stage.`
      });
    }
  }
});

// rules/gem-pin-versions.ts
var NAME5 = /^[A-Za-z0-9_][\w.-]*$/;
var gem_pin_versions_default = defineRule({
  meta: {
    id: "gem-pin-versions",
    category: "pinning",
    severity: "warning",
    preset: "recommended",
    description: "`gem install` of a gem without `:version` or `-v`.",
    docs: {
      why: "`gem install bundler` installs the newest release on the day of the build, so rebuilding the same Dockerfile can pull a new major version. Pin it: `gem install bundler:2.5.22` or `gem install bundler -v 2.5.22`. Local `.gem` files are taken as they are, and the build arguments after `--` are not gems.",
      bad: "RUN gem install bundler rake",
      good: "RUN gem install bundler:2.5.22 rake:13.2.1"
    },
    fixable: false,
    covers: ["DL3028"]
  },
  check({ model, report }) {
    for (const install2 of gemInstalls(model)) {
      if (hasOption(install2, "-v", "--version")) continue;
      const unpinned = [];
      for (const pkg of install2.packages) for (const v of knownValue(pkg)) {
        if (v.includes(":") || v.includes("/") || v.endsWith(".gem") || !NAME5.test(v)) continue;
        unpinned.push({ range: pkg.range, shown: v, message: `gem \`${v}\` is not pinned; install \`${v}:<version>\` or add \`-v <version>\`.` });
      }
      reportUnpinned(report, install2.command, unpinned, (list, n) => `${n} gems are not pinned: ${list}; install each as \`name:<version>\`.`);
    }
  }
});

// rules/go-pin-versions.ts
var MOVING = /* @__PURE__ */ new Set(["latest", "upgrade", "patch", "master", "main", "head", "develop", "dev", "trunk"]);
function isRemote(path17) {
  return !/^[./~]/.test(path17) && path17.split("/")[0].includes(".");
}
function mayBeInModule(instruction) {
  if (instruction.state.env.get("GO111MODULE") === "off") return false;
  if (instruction.run.mounts.some((m) => m.type === "bind")) return true;
  for (let stage = instruction.stage; stage; stage = stage.parent) {
    for (const earlier of stage.instructions) {
      if (earlier.index >= instruction.index) break;
      if (earlier.keyword === "COPY" || earlier.keyword === "ADD") return true;
      if (earlier.run?.script?.commands.some((c) => bringsModule(c.name, c.args.map((w) => w.value)))) return true;
    }
  }
  return instruction.run.script.commands.some((c) => bringsModule(c.name, c.args.map((w) => w.value)));
}
function bringsModule(name, args) {
  return name === "cd" || name === "pushd" || name === "git" && args.includes("clone") || name === "go" && args[0] === "mod";
}
var go_pin_versions_default = defineRule({
  meta: {
    id: "go-pin-versions",
    category: "pinning",
    severity: "warning",
    preset: "recommended",
    description: "`go install pkg@latest`, or a remote package without `@version`.",
    docs: {
      why: "`go install golang.org/x/tools/gopls@latest` builds whatever was released last, so the same Dockerfile produces a different binary next week. Name a version (`@v0.16.2`) or a commit. `go get` of a remote package without a version upgrades it to the newest release. Local packages (`./cmd/...`) and installs inside a module (the version comes from `go.mod`) are not reported.",
      bad: "RUN go install golang.org/x/tools/gopls@latest",
      good: "RUN go install golang.org/x/tools/gopls@v0.16.2"
    },
    fixable: false,
    covers: ["DL3062"]
  },
  check({ model, report }) {
    for (const { instruction, command: command2, subcommand, packages } of goInstalls(model)) {
      const unpinned = [];
      const moving = [];
      for (const pkg of packages) for (const value of knownValue(pkg)) {
        if (!isRemote(value)) continue;
        const at = value.lastIndexOf("@");
        const path17 = at < 0 ? value : value.slice(0, at);
        if (at >= 0) {
          const version = value.slice(at + 1);
          if (MOVING.has(version.toLowerCase())) {
            moving.push({ range: pkg.range, shown: value, message: `\`${value}\` follows \`@${version}\`, which moves; install \`${path17}@<version>\`.` });
          }
          continue;
        }
        if (subcommand.value === "install" && mayBeInModule(instruction)) continue;
        unpinned.push({ range: pkg.range, shown: value, message: `Go package \`${value}\` is not pinned; use \`${path17}@<version>\`.` });
      }
      reportUnpinned(report, command2, unpinned, (list, n) => `${n} Go packages are not pinned: ${list}; use \`path@<version>\` for each.`);
      reportUnpinned(report, command2, moving, (list, n) => `${n} Go packages follow a moving version: ${list}; install each at \`path@<version>\`.`);
    }
  }
});

// src/knowledge/generated/cuda-tags.ts
var SOURCE2 = "gpu-facts.md (compiled 2026-11-27), from NVIDIA's container-images/cuda tag lists and support policy, pytorch/pytorch release matrix and docker.Makefile, and live Docker Hub tags scraped by replicate/cog";
var CUDA_MINORS = [
  {
    "minor": "11.0",
    "latest": "11.0.3",
    "published": [
      "11.0.3"
    ],
    "deleted": [],
    "eol": "overdue",
    "neverReleased": false
  },
  {
    "minor": "11.1",
    "latest": "11.1.1",
    "published": [
      "11.1.1"
    ],
    "deleted": [],
    "eol": "overdue",
    "neverReleased": false
  },
  {
    "minor": "11.2",
    "latest": "11.2.2",
    "published": [
      "11.2.2"
    ],
    "deleted": [
      "11.2.0",
      "11.2.1"
    ],
    "eol": "overdue",
    "neverReleased": false
  },
  {
    "minor": "11.3",
    "latest": "11.3.1",
    "published": [
      "11.3.1"
    ],
    "deleted": [
      "11.3.0"
    ],
    "eol": "overdue",
    "neverReleased": false
  },
  {
    "minor": "11.4",
    "latest": "11.4.3",
    "published": [
      "11.4.3"
    ],
    "deleted": [],
    "eol": "overdue",
    "neverReleased": false
  },
  {
    "minor": "11.5",
    "latest": "11.5.2",
    "published": [
      "11.5.2"
    ],
    "deleted": [],
    "eol": "unconfirmed",
    "neverReleased": false
  },
  {
    "minor": "11.6",
    "latest": "11.6.2",
    "published": [
      "11.6.1",
      "11.6.2"
    ],
    "deleted": [],
    "eol": "unconfirmed",
    "neverReleased": false
  },
  {
    "minor": "11.7",
    "latest": "11.7.1",
    "published": [
      "11.7.1"
    ],
    "deleted": [],
    "eol": "unconfirmed",
    "neverReleased": false
  },
  {
    "minor": "11.8",
    "latest": "11.8.0",
    "published": [
      "11.8.0"
    ],
    "deleted": [],
    "eol": "unconfirmed",
    "neverReleased": false
  },
  {
    "minor": "12.0",
    "latest": "12.0.1",
    "published": [
      "12.0.0",
      "12.0.1"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "12.1",
    "latest": "12.1.1",
    "published": [
      "12.1.0",
      "12.1.1"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "12.2",
    "latest": "12.2.2",
    "published": [
      "12.2.2"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "12.3",
    "latest": "12.3.2",
    "published": [
      "12.3.2"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "12.4",
    "latest": "12.4.1",
    "published": [
      "12.4.1"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "12.5",
    "latest": "12.5.1",
    "published": [
      "12.5.1"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "12.6",
    "latest": "12.6.3",
    "published": [
      "12.6.0",
      "12.6.1",
      "12.6.2",
      "12.6.3"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "12.7",
    "latest": null,
    "published": [],
    "deleted": [],
    "eol": null,
    "neverReleased": true
  },
  {
    "minor": "12.8",
    "latest": "12.8.1",
    "published": [
      "12.8.0",
      "12.8.1"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "12.9",
    "latest": "12.9.1",
    "published": [
      "12.9.0",
      "12.9.1",
      "12.9.2"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "13.0",
    "latest": "13.0.2",
    "published": [
      "13.0.0",
      "13.0.1",
      "13.0.2",
      "13.0.3"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "13.1",
    "latest": "13.1.0",
    "published": [
      "13.1.0",
      "13.1.1",
      "13.1.2"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "13.2",
    "latest": null,
    "published": [
      "13.2.0",
      "13.2.1"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  },
  {
    "minor": "13.3",
    "latest": null,
    "published": [
      "13.3.0"
    ],
    "deleted": [],
    "eol": null,
    "neverReleased": false
  }
];
var CUDA_DELETED = {
  "versions": [
    "11.2.0",
    "11.2.1",
    "11.3.0",
    "11.4.0",
    "11.4.1",
    "11.4.2",
    "11.5.0",
    "11.5.1",
    "11.6.0",
    "11.7.0"
  ],
  "minors": [
    "7.0",
    "8.0",
    "9.0",
    "9.1",
    "9.2",
    "10.0",
    "10.1",
    "10.2"
  ]
};
var CUDNN_TAG_PARTS = [
  {
    "from": "10.0.0",
    "to": "10.999.999",
    "parts": [
      "cudnn7",
      "cudnn8"
    ]
  },
  {
    "from": "11.0.3",
    "to": "12.2.2",
    "parts": [
      "cudnn8"
    ]
  },
  {
    "from": "12.3.0",
    "to": "12.3.0",
    "parts": []
  },
  {
    "from": "12.3.1",
    "to": "12.3.1",
    "parts": []
  },
  {
    "from": "12.4.0",
    "to": "12.4.0",
    "parts": []
  },
  {
    "from": "12.3.2",
    "to": "12.3.2",
    "parts": [
      "cudnn9"
    ]
  },
  {
    "from": "12.4.1",
    "to": null,
    "parts": [
      "cudnn"
    ]
  },
  {
    "from": "13.1.0",
    "to": "13.1.0",
    "parts": []
  }
];
var CUDA_OSES = [
  {
    "os": "ubuntu16.04",
    "min": null,
    "max": "11.3",
    "uncertain": false
  },
  {
    "os": "ubuntu18.04",
    "min": null,
    "max": "12.1",
    "uncertain": false
  },
  {
    "os": "ubuntu20.04",
    "min": null,
    "max": "12.9",
    "uncertain": false
  },
  {
    "os": "ubuntu22.04",
    "min": null,
    "max": null,
    "uncertain": false
  },
  {
    "os": "ubuntu24.04",
    "min": "12.5.1",
    "max": null,
    "uncertain": false
  },
  {
    "os": "centos7",
    "min": null,
    "max": "12.4.0",
    "uncertain": false
  },
  {
    "os": "ubi7",
    "min": null,
    "max": "12.4.0",
    "uncertain": false
  },
  {
    "os": "centos8",
    "min": null,
    "max": null,
    "uncertain": true
  },
  {
    "os": "ubi8",
    "min": null,
    "max": null,
    "uncertain": false
  },
  {
    "os": "ubi9",
    "min": null,
    "max": null,
    "uncertain": false
  },
  {
    "os": "ubi10",
    "min": null,
    "max": null,
    "uncertain": false
  },
  {
    "os": "rockylinux8",
    "min": null,
    "max": null,
    "uncertain": false
  },
  {
    "os": "rockylinux9",
    "min": null,
    "max": null,
    "uncertain": false
  },
  {
    "os": "rockylinux10",
    "min": null,
    "max": null,
    "uncertain": false
  },
  {
    "os": "oraclelinux8",
    "min": null,
    "max": null,
    "uncertain": false
  },
  {
    "os": "oraclelinux9",
    "min": null,
    "max": null,
    "uncertain": false
  },
  {
    "os": "amzn2023",
    "min": "12.6.0",
    "max": null,
    "uncertain": false
  },
  {
    "os": "cm2",
    "min": "12.6.0",
    "max": "13.0.1",
    "uncertain": false
  },
  {
    "os": "azl3",
    "min": "12.9",
    "max": null,
    "uncertain": false
  },
  {
    "os": "opensuse15",
    "min": null,
    "max": null,
    "uncertain": true
  },
  {
    "os": "ubuntu26.04",
    "min": null,
    "max": null,
    "uncertain": true
  }
];

// src/knowledge/generated/pytorch-tags.ts
var TORCH_RELEASES = [
  {
    "minor": "2.0",
    "versions": [
      "2.0.0",
      "2.0.1"
    ],
    "cuda": [
      "11.7"
    ],
    "cudaUncertain": [
      "11.8"
    ],
    "cudnn": [
      "8"
    ]
  },
  {
    "minor": "2.1",
    "versions": [],
    "cuda": [
      "11.8",
      "12.1"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "8"
    ]
  },
  {
    "minor": "2.2",
    "versions": [],
    "cuda": [
      "11.8",
      "12.1"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "8"
    ]
  },
  {
    "minor": "2.3",
    "versions": [],
    "cuda": [
      "11.8",
      "12.1"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "8"
    ]
  },
  {
    "minor": "2.4",
    "versions": [],
    "cuda": [
      "11.8",
      "12.1",
      "12.4"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.5",
    "versions": [],
    "cuda": [
      "11.8",
      "12.1",
      "12.4"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.6",
    "versions": [
      "2.6.0"
    ],
    "cuda": [
      "11.8",
      "12.4",
      "12.6"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.7",
    "versions": [],
    "cuda": [
      "11.8",
      "12.6",
      "12.8"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.8",
    "versions": [
      "2.8.0"
    ],
    "cuda": [
      "12.6",
      "12.8",
      "12.9"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.9",
    "versions": [],
    "cuda": [
      "12.6",
      "12.8",
      "13.0"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.10",
    "versions": [
      "2.10.0"
    ],
    "cuda": [
      "12.6",
      "12.8",
      "13.0"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.11",
    "versions": [
      "2.11.0"
    ],
    "cuda": [
      "12.6",
      "12.8",
      "13.0"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.12",
    "versions": [
      "2.12.0",
      "2.12.1"
    ],
    "cuda": [
      "12.6",
      "13.0",
      "13.2"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.13",
    "versions": [
      "2.13.0"
    ],
    "cuda": [
      "12.6",
      "13.0",
      "13.2"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  },
  {
    "minor": "2.14",
    "versions": [
      "2.14.0",
      "2.14.1"
    ],
    "cuda": [
      "12.6",
      "13.0",
      "13.2"
    ],
    "cudaUncertain": [],
    "cudnn": [
      "9"
    ]
  }
];
var TORCH_CUDA_WHEEL_VARIANTS = [
  "cu116",
  "cu117",
  "cu118",
  "cu121",
  "cu124",
  "cu126",
  "cu128",
  "cu129",
  "cu130",
  "cu132"
];
var PYPI_TORCH_CUDA = [
  {
    "torch": "2.0",
    "cuda": "11.7"
  },
  {
    "torch": "2.4.0",
    "cuda": "12.1"
  },
  {
    "torch": "2.5",
    "cuda": "12.4"
  },
  {
    "torch": "2.7",
    "cuda": "12.6"
  },
  {
    "torch": "2.9.1",
    "cuda": "12.8"
  }
];

// src/knowledge/versions.ts
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

// src/knowledge/gpu-images.ts
function within(v, from, to) {
  if (from && compareVersions(v, from) < 0) return false;
  if (to && compareVersions(v.split(".").slice(0, to.split(".").length).join("."), to) > 0) return false;
  return true;
}
var CUDA_IMAGES = /* @__PURE__ */ new Set(["nvidia/cuda", "nvcr.io/nvidia/cuda"]);
function isCudaImage(image) {
  return CUDA_IMAGES.has(image.familiar);
}
var FLAVOURS = /* @__PURE__ */ new Set(["base", "runtime", "devel"]);
function parseCudaTag(tag) {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-(.*))?$/.exec(tag);
  if (!m) return null;
  const parsed = {
    version: m[3] === void 0 ? `${m[1]}.${m[2]}` : `${m[1]}.${m[2]}.${m[3]}`,
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: m[3] === void 0 ? null : Number(m[3]),
    cudnn: null,
    flavour: null,
    os: null,
    unknown: []
  };
  const words = m[4] ? m[4].split("-") : [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^cudnn\d*$/.test(w) && parsed.cudnn === null && parsed.flavour === null) parsed.cudnn = w;
    else if (w === "tensorrt" && FLAVOURS.has(words[i + 1] ?? "")) parsed.flavour = `tensorrt-${words[++i]}`;
    else if (FLAVOURS.has(w) && parsed.flavour === null) parsed.flavour = w;
    else if (i === words.length - 1 && /^[a-z]+\d+(\.\d+)?$/.test(w) && parsed.flavour !== null) parsed.os = w;
    else parsed.unknown.push(w);
  }
  return parsed;
}
var minorInfo = (major, minor) => CUDA_MINORS.find((m) => m.minor === `${major}.${minor}`);
function bestPatch(info) {
  return info.latest ?? info.published[info.published.length - 1] ?? null;
}
function cudnnPartsFor(version) {
  let parts = [];
  for (const rule of CUDNN_TAG_PARTS) if (within(version, rule.from, rule.to)) parts = rule.parts;
  return parts;
}
var CUDA_DATA_DATE = /compiled (\d{4}-\d{2}-\d{2})/.exec(SOURCE2)?.[1] ?? "unknown date";
function superseded(major, minor) {
  return CUDA_MINORS.some((m) => {
    const [ma, mi] = m.minor.split(".").map(Number);
    return !m.neverReleased && (ma > major || ma === major && mi > minor);
  });
}
function defaultOs(version) {
  if (osAllows("ubuntu24.04", version)) return "ubuntu24.04";
  return compareVersions(version, "11.7") >= 0 ? "ubuntu22.04" : "ubuntu20.04";
}
function osAllows(os2, version) {
  const info = CUDA_OSES.find((o) => o.os === os2);
  return !!info && within(version, info.min, info.max);
}
function suggestVersion(tag) {
  const info = minorInfo(tag.major, tag.minor);
  if (info && !info.neverReleased) {
    const keep = tag.patch !== null && info.published.includes(tag.version) && (info.latest === null || compareVersions(tag.version, info.latest) >= 0);
    return keep ? tag.version : bestPatch(info);
  }
  const next = CUDA_MINORS.filter((m) => !m.neverReleased && compareVersions(m.minor, `${tag.major}.${tag.minor}`) > 0 && m.minor.startsWith(`${tag.major}.`));
  return next.length ? bestPatch(next[0]) : null;
}
function suggestCudaTag(tag) {
  let version = suggestVersion(tag);
  if (!version) return null;
  let cudnn = null;
  if (tag.cudnn) {
    if (cudnnPartsFor(version).length === 0) {
      const info = minorInfo(tag.major, tag.minor);
      const other = info?.published.filter((v) => cudnnPartsFor(v).length).pop();
      if (other) version = other;
    }
    const parts = cudnnPartsFor(version);
    cudnn = parts.includes(tag.cudnn) ? tag.cudnn : parts[parts.length - 1] ?? null;
  }
  let flavour = tag.flavour ?? "runtime";
  if (flavour.startsWith("tensorrt") && version !== "13.0.0") flavour = flavour.replace("tensorrt-", "");
  if (cudnn && flavour === "base") flavour = "runtime";
  const osKnown = tag.os && CUDA_OSES.some((o) => o.os === tag.os);
  const os2 = tag.os && osKnown && osAllows(tag.os, version) ? tag.os : defaultOs(version);
  return [version, cudnn, flavour, os2].filter(Boolean).join("-");
}
function checkCudaTag(image) {
  const tag = image.tag;
  const newest = [...CUDA_MINORS].reverse().find((m) => m.latest && cudnnPartsFor(m.latest).length);
  const example = newest ? `${newest.latest}-${cudnnPartsFor(newest.latest).at(-1)}-runtime-${defaultOs(newest.latest)}` : null;
  if (tag === null || tag === "latest") {
    return {
      severity: "error",
      problem: `NVIDIA removed the \`latest\` tag${tag === null ? ", which a missing tag means" : ""}`,
      suggestion: example,
      example: true
    };
  }
  const parsed = parseCudaTag(tag);
  if (!parsed) return { severity: "error", problem: "tags start with the full CUDA version", suggestion: example, example: true };
  const errors = [];
  let warning = null;
  let beyondData = false;
  const info = minorInfo(parsed.major, parsed.minor);
  const minor = `${parsed.major}.${parsed.minor}`;
  if (parsed.major < 11 || CUDA_DELETED.minors.includes(minor)) {
    errors.push(`CUDA ${minor} images were deleted from Docker Hub as end-of-life`);
  } else if (parsed.patch === null) {
    errors.push(`two-part versions such as \`${parsed.version}\` were deleted`);
  } else if (info?.neverReleased) {
    errors.push(`CUDA ${minor} was never released`);
  } else if (!info) {
    beyondData = superseded(parsed.major, parsed.minor);
    if (beyondData) warning = `CUDA ${minor} is not in dlint's CUDA tables (data of ${CUDA_DATA_DATE}); check that the tag exists`;
  } else if (info.deleted.includes(parsed.version) || CUDA_DELETED.versions.includes(parsed.version)) {
    errors.push(`CUDA ${parsed.version} images were deleted from Docker Hub as end-of-life`);
  } else if (!info.published.includes(parsed.version)) {
    const top = info.published[info.published.length - 1];
    if (top && compareVersions(parsed.version, top) > 0) {
      beyondData = superseded(parsed.major, parsed.minor);
      if (beyondData) {
        warning = `CUDA ${parsed.version} is newer than the ${minor} patches in dlint's CUDA tables (data of ${CUDA_DATA_DATE}, newest ${top}); check that the tag exists`;
      }
    } else if (info.latest && compareVersions(parsed.version, info.latest) < 0) {
      warning = `CUDA ${parsed.version} is end-of-life (superseded by ${info.latest}) and its tags are deleted or due for deletion`;
    }
  } else if (info.latest && compareVersions(parsed.version, info.latest) < 0) {
    warning = `CUDA ${parsed.version} is end-of-life (superseded by ${info.latest}) and NVIDIA deletes such tags without notice`;
  } else if (info.eol === "overdue") {
    warning = `CUDA ${minor} is end-of-life and NVIDIA's deletion of its tags is overdue; move to a supported CUDA release`;
  }
  const versionKnown = parsed.patch !== null && parsed.major >= 11;
  if (!errors.length && versionKnown) errors.push(...suffixProblems(parsed));
  const suggestion = suggestCudaTag(parsed);
  const rest = tag.slice(parsed.version.length);
  const sameLine = (s) => !!s && s !== tag && s.startsWith(`${minor}.`) && s.slice(s.indexOf("-")) === rest && rest.startsWith("-");
  if (errors.length) return { severity: "error", problem: errors[0], suggestion, ...sameLine(suggestion) ? { replacement: suggestion } : {} };
  if (warning) {
    const offered = suggestion === tag || beyondData ? null : suggestion;
    return { severity: "warning", problem: warning, suggestion: offered, ...sameLine(offered) ? { replacement: offered } : {} };
  }
  return null;
}
function suffixProblems(tag) {
  const out = [];
  if (tag.unknown.length) out.push(`\`${tag.unknown.join("-")}\` is not part of the tag grammar (\`<version>-[cudnn-]<base|runtime|devel>-<os>\`)`);
  if (tag.flavour === null) out.push("it names no flavour (`base`, `runtime` or `devel`) and OS");
  else if (tag.flavour.startsWith("tensorrt") && tag.version !== "13.0.0") out.push("TensorRT images exist only for CUDA 13.0.0");
  if (tag.cudnn) {
    const parts = cudnnPartsFor(tag.version);
    if (tag.flavour === "base") out.push("there is no `cudnn-base` flavour (cuDNN comes with `runtime` or `devel`)");
    else if (parts.length === 0) out.push(`CUDA ${tag.version} has no cuDNN images`);
    else if (!parts.includes(tag.cudnn)) out.push(`CUDA ${tag.version} images name cuDNN as \`${parts[parts.length - 1]}\`, not \`${tag.cudnn}\``);
  }
  if (tag.flavour !== null && tag.os === null && !tag.unknown.length) out.push("it has no OS suffix (`-ubuntu22.04`, `-ubuntu24.04`, `-ubi9`, …)");
  if (tag.os) {
    const os2 = CUDA_OSES.find((o) => o.os === tag.os);
    if (!os2) out.push(`\`${tag.os}\` is not an OS NVIDIA publishes CUDA images for`);
    else if (!os2.uncertain && !within(tag.version, os2.min, os2.max)) out.push(`there are no \`${tag.os}\` images for CUDA ${tag.version}`);
  }
  return out;
}
var PYTORCH_IMAGES = /* @__PURE__ */ new Set(["pytorch/pytorch", "ghcr.io/pytorch/pytorch"]);
function isPytorchImage(image) {
  return PYTORCH_IMAGES.has(image.familiar);
}
function parsePytorchTag(tag) {
  const m = /^(\d+\.\d+(?:\.\d+)?)(?:-(.*))?$/.exec(tag);
  if (!m) return null;
  const out = { torch: m[1], cuda: null, cudnn: null, flavour: null, unknown: [] };
  for (const w of m[2] ? m[2].split("-") : []) {
    const cuda = /^cuda(\d+(?:\.\d+)*)$/.exec(w);
    const cudnn = /^cudnn(\d+(?:\.\d+)*)$/.exec(w);
    if (cuda && out.cuda === null) out.cuda = cuda[1];
    else if (cudnn && out.cudnn === null) out.cudnn = cudnn[1];
    else if ((w === "runtime" || w === "devel") && out.flavour === null) out.flavour = w;
    else out.unknown.push(w);
  }
  return out;
}
function torchRelease(version) {
  const minor = version.split(".").slice(0, 2).join(".");
  return TORCH_RELEASES.find((r) => r.minor === minor);
}
function pytorchTags(release, tag) {
  const version = tag.torch.split(".").length === 3 ? tag.torch : release.versions[0] ?? `${release.minor}.0`;
  const want = tag.cuda ? Number(tag.cuda.split(".").slice(0, 2).join(".")) : Infinity;
  const cudas = [...release.cuda].sort((a, b) => Math.abs(Number(a) - want) - Math.abs(Number(b) - want) || compareVersions(b, a));
  return cudas.map((c) => `${version}-cuda${c}-cudnn${release.cudnn[0]}-${tag.flavour ?? "runtime"}`);
}
function checkPytorchTag(image) {
  const parsed = image.tag ? parsePytorchTag(image.tag) : null;
  if (!parsed || Number(parsed.torch.split(".")[0]) < 2) return null;
  if (!parsed.cuda && !parsed.cudnn && parsed.flavour && !parsed.unknown.length && parsed.torch.split(".").length === 3) return null;
  const release = torchRelease(parsed.torch);
  const problems = [];
  if (parsed.torch.split(".").length !== 3) problems.push(`torch versions are written in full (\`${release?.versions[0] ?? `${parsed.torch}.0`}\`, not \`${parsed.torch}\`)`);
  if (parsed.unknown.length) problems.push(`\`${parsed.unknown.join("-")}\` is not part of the tag grammar (\`<torch>-cuda<X.Y>-cudnn<N>-<runtime|devel>\`)`);
  if (parsed.cuda && parsed.cuda.split(".").length !== 2) problems.push(`the CUDA part is major.minor (\`cuda${parsed.cuda.split(".").slice(0, 2).join(".")}\`)`);
  if (release) {
    const cuda2 = parsed.cuda?.split(".").slice(0, 2).join(".");
    if (cuda2 && !release.cuda.includes(cuda2) && !release.cudaUncertain.includes(cuda2)) {
      problems.push(`torch ${release.minor} images were built for CUDA ${release.cuda.join(", ")}, not ${cuda2}`);
    }
    if (parsed.cudnn && !release.cudnn.includes(parsed.cudnn)) problems.push(`torch ${release.minor} images carry \`cudnn${release.cudnn.join("`/`cudnn")}\`, not \`cudnn${parsed.cudnn}\``);
  }
  if (parsed.cuda && !parsed.cudnn) problems.push("it has no `cudnn<N>` part");
  if (!parsed.flavour) problems.push("it names no flavour (`-runtime` or `-devel`)");
  if (!problems.length) return null;
  const [suggestion, ...alternatives] = release ? pytorchTags(release, parsed) : [];
  const cuda = parsed.cuda?.split(".").slice(0, 2).join(".");
  const clear = release && suggestion && cuda && release.cuda.includes(cuda) && parsed.flavour && !parsed.unknown.length && (parsed.torch.split(".").length === 3 || release.versions.length === 1) && (release.cudnn.length === 1 || parsed.cudnn === release.cudnn[0]);
  return { severity: "error", problem: problems[0], suggestion: suggestion ?? null, alternatives, ...clear ? { replacement: suggestion } : {} };
}
function checkTensorflowTag(image) {
  if (image.familiar !== "tensorflow/tensorflow" || !image.tag) return null;
  const words = image.tag.split("-");
  if (!words.includes("gpu") || /^\d+\.\d+/.test(words[0])) return null;
  const rest = words.filter((w) => !["latest", "nightly", "devel"].includes(w)).join("-");
  return {
    severity: "warning",
    problem: "the tag is not versioned, so it moves to a new TensorFlow and CUDA release without notice",
    suggestion: `2.16.1-${rest}`,
    example: true
  };
}
var NGC_TAG_VARIANTS = /* @__PURE__ */ new Map([
  ["nvcr.io/nvidia/pytorch", ["py3", "py3-igpu", "py2"]],
  ["nvcr.io/nvidia/tensorflow", ["tf2-py3", "tf1-py3", "tf2-py3-igpu", "py3", "py2"]],
  ["nvcr.io/nvidia/tritonserver", ["py3", "py3-sdk", "py3-min", "py3-igpu", "py3-igpu-sdk", "py3-igpu-min", "trtllm-python-py3", "vllm-python-py3", "pyt-python-py3", "cpu-only-py3"]],
  ["nvcr.io/nvidia/tensorrt", ["py3", "py3-igpu"]]
]);
function nearestVariant(written, variants) {
  const words = new Set(written.split("-"));
  const score = (v) => v.split("-").filter((w) => words.has(w)).length * 10 - Math.abs(v.length - written.length) / 100;
  return [...variants].sort((x, y) => score(y) - score(x))[0];
}
function checkNgcTag(image) {
  const variants = NGC_TAG_VARIANTS.get(image.familiar);
  if (!variants) return null;
  const tag = image.tag;
  const m = tag ? /^(\d{2})\.(\d{2})(?:\.\d+)?(?:-(.*))?$/.exec(tag) : null;
  const example = `<YY.MM>-${variants[0]}`;
  if (!m) {
    return {
      severity: "warning",
      problem: `NGC framework images are published monthly as \`${example}\`, so ${tag ? `\`${tag}\`` : "an untagged reference"} is not a release tag`,
      suggestion: image.repository === "tensorflow" ? "25.02-tf2-py3" : "25.04-py3",
      example: true
    };
  }
  if (Number(m[2]) < 1 || Number(m[2]) > 12) {
    return { severity: "error", problem: `\`${m[1]}.${m[2]}\` is not a year and month`, suggestion: null };
  }
  const release = `${m[1]}.${m[2]}`;
  const variant = m[3];
  if (variant === void 0) {
    return { severity: "error", problem: `NGC tags name a variant after the release (\`${example}\`)`, suggestion: `${release}-${variants[0]}` };
  }
  if (variants.includes(variant)) return null;
  return {
    severity: "warning",
    problem: `\`-${variant}\` is not a variant dlint knows for \`${image.familiar}\` (${variants.map((v) => `\`-${v}\``).join(", ")}), so the pull probably fails`,
    suggestion: `${release}-${nearestVariant(variant, variants)}`
  };
}
function isAcceleratorImage(image) {
  const name = image.familiar;
  const tag = (image.tag ?? "").toLowerCase();
  if (isCudaImage(image) || /^nvidia\//.test(name) || /^nvcr\.io\//.test(name) || /^(docker\.io\/)?rocm\//.test(name)) return true;
  if (isPytorchImage(image)) return !/^\d+\.\d+(\.\d+)?-runtime$/.test(tag);
  if (/(^|[-_.])(cuda|cu\d{3}|rocm|gpu)/.test(tag)) return true;
  return /^(vllm\/|ghcr\.io\/huggingface\/text-generation-inference|huggingface\/transformers-.*gpu|nvcr\.io\/|lmsysorg\/sglang|ghcr\.io\/pytorch\/)/.test(name);
}
function cudaVersionOf(image) {
  if (!image.tag) return null;
  if (isCudaImage(image)) {
    const t = parseCudaTag(image.tag);
    return t ? `${t.major}.${t.minor}` : null;
  }
  if (isPytorchImage(image)) {
    const t = parsePytorchTag(image.tag);
    return t?.cuda ? t.cuda.split(".").slice(0, 2).join(".") : null;
  }
  return null;
}
function develRuntimeCounterpart(image) {
  const tag = image.tag;
  if (!tag) return null;
  if (isCudaImage(image)) {
    const t = parseCudaTag(tag);
    if (!t?.flavour?.endsWith("devel")) return null;
    return validTag(tag, checkCudaTag(image)).replace(/(^|-)devel(-|$)/, "$1runtime$2");
  }
  if (isPytorchImage(image)) return /-devel$/.test(tag) ? validTag(tag, checkPytorchTag(image)).replace(/-devel$/, "-runtime") : null;
  return null;
}
var DEVEL_USES = {
  programs: /* @__PURE__ */ new Set(["nvcc", "gcc", "g++", "cc", "c++", "clang", "clang++", "make", "cmake", "ninja", "meson", "ld", "cargo", "rustc", "go"]),
  systemPackages: /^(build-essential|gcc|g\+\+|clang|make|cmake|ninja-build|cuda-.*|libcudnn.*-dev|.*-dev(el)?)$/,
  pythonPackages: /* @__PURE__ */ new Set([
    "flash-attn",
    "flash_attn",
    "apex",
    "xformers",
    "deepspeed",
    "mamba-ssm",
    "causal-conv1d",
    "auto-gptq",
    "exllamav2",
    "flashinfer",
    "flashinfer-python",
    "nvdiffrast",
    "tinycudann",
    "pytorch3d",
    "detectron2",
    "torch-scatter",
    "torch-sparse",
    "torch-cluster",
    "spconv",
    "minkowskiengine",
    "kaolin",
    "gsplat",
    "diff-gaussian-rasterization",
    "simple-knn",
    "natten",
    "apex-amp",
    "megablocks",
    "grouped-gemm",
    "transformer-engine",
    "transformer_engine",
    "nvidia-apex",
    "fused-dense-lib",
    "dropout-layer-norm"
  ]),
  env: /* @__PURE__ */ new Set(["TORCH_CUDA_ARCH_LIST", "TCNN_CUDA_ARCHITECTURES", "FORCE_CUDA", "CUDA_ARCHITECTURES", "CMAKE_CUDA_ARCHITECTURES", "MAX_JOBS", "DS_BUILD_OPS"])
};
function validTag(tag, problem) {
  return problem?.suggestion && !problem.example ? problem.suggestion : tag;
}
function pytorchIndexVariant(url) {
  const m = /^https?:\/\/download\.pytorch\.org\/whl\/(?:(?:nightly|test)\/)?([a-z]+[\d.]*)\/?$/i.exec(url.trim());
  return m ? m[1].toLowerCase() : null;
}
function wheelCudaMajor(variant) {
  const m = /^cu(\d+)(\d)$/.exec(variant);
  return m ? Number(m[1]) : null;
}
function pypiTorchCuda(version) {
  const hit = PYPI_TORCH_CUDA.find((e) => version === e.torch || e.torch.split(".").length === 2 && version.startsWith(`${e.torch}.`));
  return hit?.cuda ?? null;
}
function wheelVariantFor(cuda) {
  const [major, minor] = cuda.split(".").map(Number);
  const same = TORCH_CUDA_WHEEL_VARIANTS.filter((v) => wheelCudaMajor(v) === major);
  const fit = same.filter((v) => Number(v.slice(-1)) <= minor);
  return fit[fit.length - 1] ?? same[0] ?? null;
}
var TORCH_LOCKSTEP_PACKAGES = /* @__PURE__ */ new Set(["torchvision", "torchaudio"]);

// rules/gpu-base-tag.ts
function problemOf(name) {
  if (name.digest) return null;
  if (isCudaImage(name)) return checkCudaTag(name);
  if (isPytorchImage(name)) return checkPytorchTag(name);
  return checkTensorflowTag(name) ?? checkNgcTag(name);
}
function message(name, raw, p) {
  const what = p.severity === "error" ? `\`${raw}\` is not a published tag: ${p.problem}` : `\`${raw}\`: ${p.problem}`;
  if (!p.suggestion) return `${what}.`;
  const repo = name.familiar;
  if (p.example) return `${what}; pin a release tag such as \`${repo}:${p.suggestion}\`.`;
  const also = p.alternatives?.length ? ` (also ${p.alternatives.map((t) => `\`${t}\``).join(", ")})` : "";
  return p.severity === "error" ? `${what}; did you mean \`${repo}:${p.suggestion}\`${also}?` : `${what}; use \`${repo}:${p.suggestion}\`${also}.`;
}
var gpu_base_tag_default = defineRule({
  meta: {
    id: "gpu-base-tag",
    category: "base-image",
    severity: "warning",
    preset: "recommended",
    description: "GPU base image whose tag does not exist, is end-of-life, or floats (`nvidia/cuda`, `pytorch/pytorch`, `tensorflow/tensorflow`, NGC).",
    docs: {
      why: "GPU base tags follow strict grammars, and a tag that looks plausible often does not exist: `nvidia/cuda` has no `latest` and no two-part versions (`11.8-runtime` was deleted), its tags always end in an OS (`12.4.1-runtime-ubuntu22.04`), cuDNN is named `cudnn8` up to CUDA 12.2, `cudnn9` for 12.3.2 and plain `cudnn` from 12.4.1; `pytorch/pytorch` tags are `<torch X.Y.Z>-cuda<X.Y>-cudnn<N>-<runtime|devel>` and each torch release is built for only a few CUDA versions. Such a build fails at the first line (error). NVIDIA also deletes end-of-life CUDA images: every patch release superseded by a newer patch of the same minor, and whole minors past their deletion date; a tag that still pulls today can vanish without notice (warning). `tensorflow/tensorflow:latest-gpu` and NGC images without a `YY.MM` release move under you (warning). NGC framework tags are `<YY.MM>-<variant>`: a release without a variant (`nvcr.io/nvidia/pytorch:24.05`) does not exist (error); the variants are per image (`pytorch`: `-py3`, `-py3-igpu`; `tensorflow`: `-tf2-py3`, `-tf1-py3`, `-tf2-py3-igpu`; `tritonserver`: `-py3`, `-py3-sdk`, `-py3-min`, `-py3-igpu`, `-trtllm-python-py3`, `-vllm-python-py3`, `-pyt-python-py3`, …; `tensorrt`: `-py3`, `-py3-igpu`), and one dlint does not know (`-py3-tf2`) is a warning naming the closest, since NGC adds variants.\n\nThe message names the nearest valid tag. The data (CUDA releases, cuDNN parts, OS suffixes, torch/CUDA pairs) ships with dlint and is refreshed with `npm run knowledge:update`; a version the data cannot know (a patch newer than the newest it lists for that CUDA minor, or a minor it does not list) is at most a warning that names the data's date, and no older tag is offered in its place; errors are kept for tags that cannot exist by their shape or were deleted.",
      bad: "FROM nvidia/cuda:12.1-runtime\nFROM nvidia/cuda:12.6.3-cudnn9-devel-ubuntu22.04\nFROM pytorch/pytorch:2.10-cuda12.1-cudnn8",
      good: "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nFROM nvidia/cuda:12.6.3-cudnn-devel-ubuntu22.04\nFROM pytorch/pytorch:2.10.0-cuda12.6-cudnn9-runtime",
      fixSafety: "Unsafe, because the base image changes. The fix writes the suggested tag only when it is the one clearly meant and changes only what is wrong: for `nvidia/cuda`, the supported patch of the same CUDA minor with the cuDNN part, flavour and OS as written (`12.4.0-devel-ubuntu22.04` → `12.4.1-devel-ubuntu22.04`, `12.1-runtime-ubuntu22.04` → `12.1.1-runtime-ubuntu22.04`); for `pytorch/pytorch`, the published tag of the torch release for the CUDA written (`2.4.0-cuda12.1-cudnn8-runtime` → `2.4.0-cuda12.1-cudnn9-runtime`), when the flavour is written and the torch patch and cuDNN are written or the only ones of the release. No fix when the suggestion is an example (`latest`, NGC and TensorFlow tags), when it would choose a CUDA line, flavour or OS the tag did not name, when the data cannot know the version, for references with a digest or built from variables; a reference that is one global ARG (`FROM ${BASE}`) is fixed in the ARG's default, only when that ARG is declared once and read by nothing but such FROMs."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: []
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const { name, raw, range } = stage.image;
      if (!name) continue;
      const problem = problemOf(name);
      if (!problem) continue;
      const edit = problem.replacement ? retagBaseImage(model, stage, problem.replacement) : null;
      const fix = edit ? { fix: { description: `Use \`${name.familiar}:${problem.replacement}\``, edits: [edit], safe: false } } : {};
      report({ range, message: message(name, raw, problem), severity: problem.severity, ...fix });
    }
  }
});

// rules/gpu-devel-final-stage.ts
var gpu_devel_final_stage_default = defineRule({
  meta: {
    id: "gpu-devel-final-stage",
    category: "base-image",
    severity: "warning",
    preset: "recommended",
    description: "The final stage is based on a CUDA or PyTorch `-devel` image.",
    docs: {
      why: "`-devel` GPU images add the CUDA compiler, headers, static libraries and debugging tools to the runtime: several GB that the running model never uses, and a larger attack surface. Compile (CUDA extensions, flash-attention, custom kernels) in a devel build stage, then copy the results into the matching `-runtime` image (`nvidia/cuda:<ver>-[cudnn-]runtime-<os>`, `pytorch/pytorch:<torch>-cuda<X.Y>-cudnn<N>-runtime`). The rule follows `FROM <stage>` chains to the image the final stage really runs on. Development, CI and build-environment images, recognised by their file name or folder (`Dockerfile.dev`, `dev.Dockerfile`, `.devcontainer/Dockerfile`, `ci/Dockerfile`, `Dockerfile.build`) or their content (`sshd` or a test runner as the command, `openssh-server`/`pdsh` installed: interactive and multi-node development hosts), are not reported: they need the compilers. Neither is a file that publishes several images by `--target`, whose last stage, named as the devel variant (`devel`, `dev`, `sdk`), follows another stage no other stage uses, built on a runtime or base image: `runtime` and `devel` are both shipped, the devel one on purpose.",
      bad: 'FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04\nRUN pip install --no-cache-dir vllm==0.6.3\nCMD ["python3", "-m", "vllm.entrypoints.openai.api_server"]',
      good: 'FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04 AS build\nRUN pip wheel --no-cache-dir --wheel-dir /wheels flash-attn==2.6.3\n\nFROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*.whl\nCMD ["python3", "serve.py"]',
      fixSafety: "Unsafe: the image loses the CUDA compiler, headers and static libraries, so anything that compiles at build time or when the container runs fails, and the runtime image may lack tools the devel one carried. Only the simplest shape is fixed: a single-stage Dockerfile whose `FROM` names the devel tag literally, with no sign of compiling after it: no compiler or build tool (`nvcc`, `gcc`, `make`, `cmake`, `ninja`, `cargo`…), no `-dev` or compiler packages installed, no `pip`/`uv pip` install of a local path, VCS URL, source archive, requirements file, `--no-binary`, or a package that builds or JIT-compiles CUDA code (flash-attn, apex, xformers, deepspeed, flashinfer, mamba-ssm…), no `setup.py`, `pip wheel` or shell script run, and no variable that configures a CUDA build (`TORCH_CUDA_ARCH_LIST`…). The `FROM` then names the matching `-runtime` tag."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: []
  },
  check({ model, report }) {
    if (isDevelopmentImage(model)) return;
    const final = model.finalStage;
    const root = final?.rootImage.name;
    if (!final || !root) return;
    const runtime = develRuntimeCounterpart(root);
    if (!runtime || develIsOneOfSeveralTargets(model, final)) return;
    const via = final.parent ? ` (through stage \`${final.image.raw}\`)` : "";
    report({
      range: final.image.range,
      message: `The final image is based on the devel image \`${final.rootImage.raw}\`${via}, which carries the CUDA compiler and headers (several GB); build in a devel stage and ship from \`${root.familiar}:${runtime}\`.`,
      ...runtimeFix(model, final, runtime)
    });
  }
});
var DEVEL_TARGET = /(^|[-_])(devel|dev|development|sdk)([-_]|$)/i;
function develIsOneOfSeveralTargets(model, final) {
  if (!DEVEL_TARGET.test(final.name ?? "")) return false;
  return model.stages.some((s) => s !== final && s.target && !s.rootImage.isScratch && !(s.rootImage.name && develRuntimeCounterpart(s.rootImage.name)));
}
function runtimeFix(model, final, runtime) {
  const { raw, resolved, name } = final.image;
  if (model.stages.length !== 1 || raw !== resolved || !name?.tag || name.digest || !raw.endsWith(`:${name.tag}`)) return {};
  if ([...final.endState.envNames].some((n) => DEVEL_USES.env.has(n))) return {};
  for (const ins of final.instructions) {
    if (ins.keyword !== "RUN") continue;
    if (!ins.script || ins.script.error || ins.script.commands.some(compiles)) return {};
  }
  const text = `${raw.slice(0, raw.length - name.tag.length)}${runtime}`;
  return { fix: { description: `Use \`${text}\``, edits: [{ range: final.image.range, text }], safe: false } };
}
var SOURCE_OPTIONS = ["-r", "--requirement", "-e", "--editable", "--no-binary", "--no-build-isolation"];
function compiles(cmd) {
  const inv = cmd.invocation;
  if (cmd.argv.some((w) => w.value.endsWith(".sh"))) return true;
  if (inv.program !== null && DEVEL_USES.programs.has(inv.program)) return true;
  if (inv.tool === "python" && inv.operands.some((w) => /(^|\/)setup\.py$/.test(w.value))) return true;
  if ((inv.tool === "apt" || inv.tool === "apk" || inv.tool === "rpm") && /^(install|add)$/.test(inv.subcommand ?? "")) {
    return inv.operands.some((w) => DEVEL_USES.systemPackages.test(w.value.split("=")[0]));
  }
  const pip = inv.tool === "pip" ? inv.subcommand : inv.tool === "uv" ? inv.subcommand?.replace(/^pip /, "") : null;
  if (pip === "wheel" || inv.launchers.some((l) => l.endsWith(" -m")) && inv.program === "build") return true;
  if (pip !== "install") return false;
  if (inv.opaqueOptions || inv.options.some((o) => SOURCE_OPTIONS.includes(o.name))) return true;
  return inv.operands.some((w) => {
    if (!w.literal || /[/:]|^\.|\.(tar\.gz|zip|tgz)$/.test(w.value)) return true;
    const project = /^[A-Za-z0-9._-]+/.exec(w.value)?.[0].toLowerCase() ?? "";
    return DEVEL_USES.pythonPackages.has(project) || DEVEL_USES.pythonPackages.has(project.replace(/_/g, "-"));
  });
}

// rules/healthcheck-present.ts
var healthcheck_present_default = defineRule({
  meta: {
    id: "healthcheck-present",
    category: "runtime",
    severity: "info",
    preset: "strict",
    description: "An image that serves on a port has no `HEALTHCHECK`.",
    docs: {
      why: 'Docker and Compose only know that a container runs, not that the server inside answers: a model server stuck loading weights, or deadlocked, stays "up". A `HEALTHCHECK` lets `docker ps`, `depends_on: condition: service_healthy` and Swarm see the real state. (Kubernetes ignores it and uses its own probes; `HEALTHCHECK NONE` records that decision.) The rule applies to the final image when it `EXPOSE`s a port or starts a recognised server.',
      bad: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]',
      good: `FROM python:3.12-slim
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s \\
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]`
    },
    fixable: false,
    covers: ["DL3057"]
  },
  check({ model, buildContext, report }) {
    const final = model.finalStage;
    if (!final) return;
    const stages = final.lineage;
    if (stages.some((s) => s.instructions.some((i) => i.keyword === "HEALTHCHECK"))) return;
    const expose = stages.flatMap((s) => s.instructions).find((i) => i.keyword === "EXPOSE");
    const server = expose ? null : detectServer(model, buildContext);
    if (!expose && !server) return;
    report({
      range: final.from.range,
      message: expose ? `The final image exposes \`${expose.argsText}\` but has no \`HEALTHCHECK\`; add one that probes the server (or \`HEALTHCHECK NONE\` if an orchestrator probes it).` : `The final image starts \`${server.server.id}\` but has no \`HEALTHCHECK\`; add one that probes the server (or \`HEALTHCHECK NONE\` if an orchestrator probes it).`
    });
  }
});

// rules/instruction-casing.ts
var KNOWN2 = new Set(INSTRUCTIONS);
function consistent(word2) {
  return word2 === word2.toLowerCase() || word2 === word2.toUpperCase();
}
var instruction_casing_default = defineRule({
  meta: {
    id: "instruction-casing",
    category: "style",
    severity: "style",
    preset: "recommended",
    description: "Instructions not in one consistent case, `FROM … as` casing mismatch, or a stage name that is not lower-case.",
    docs: {
      why: "Instructions are case-insensitive, but a file that mixes `run` and `RUN` (or writes `Run`) is harder to scan; the convention is upper case, and BuildKit reports instructions that differ from the majority of the file. `FROM … AS name` reads best when `AS` matches `FROM`, and stage names are lower-cased by BuildKit anyway (`COPY --from=Builder` finds `builder`), so write them lower-case.",
      bad: "FROM python:3.12-slim as Builder\nrun pip wheel --wheel-dir /wheels .",
      good: "FROM python:3.12-slim AS builder\nRUN pip wheel --wheel-dir /wheels .",
      fixSafety: "Safe: casing of keywords and stage names does not change the build."
    },
    fixable: true,
    fixKind: "safe",
    covers: ["ConsistentInstructionCasing", "FromAsCasing", "StageNameCasing"]
  },
  check({ model, report }) {
    const instructions = model.instructions.filter((i) => KNOWN2.has(i.keyword));
    let lower = 0;
    let upper = 0;
    for (const ins of instructions) {
      if (!consistent(ins.keywordText)) continue;
      if (ins.keywordText === ins.keywordText.toLowerCase()) lower++;
      else upper++;
    }
    const majorityLower = lower > upper;
    for (const ins of instructions) {
      const want = majorityLower ? ins.keywordText.toLowerCase() : ins.keywordText.toUpperCase();
      if (ins.keywordText === want) continue;
      report({
        range: ins.keywordRange,
        message: `\`${ins.keywordText}\` should be written \`${want}\`, like the ${majorityLower ? "lower" : "upper"}-case majority of instructions.`,
        fix: { description: `Write ${want}`, edits: [{ range: ins.keywordRange, text: want }] }
      });
    }
    for (const stage of model.stages) {
      const from = stage.from;
      const as = from.args[1];
      if (as && from.args.length === 3 && as.value.toLowerCase() === "as" && consistent(from.keywordText)) {
        const want = from.keywordText === from.keywordText.toLowerCase() ? "as" : "AS";
        if (as.value !== want) {
          report({
            range: as.range,
            message: `\`${as.value}\` should match the casing of \`${from.keywordText}\`: write \`${want}\`.`,
            fix: { description: `Write ${want}`, edits: [{ range: as.range, text: want }] }
          });
        }
      }
      const written = from.args[2];
      if (stage.name && written && as?.value.toLowerCase() === "as" && written.value !== written.value.toLowerCase()) {
        report({
          range: written.range,
          message: `Stage name \`${written.value}\` should be lower-case: \`${written.value.toLowerCase()}\` (BuildKit lower-cases it anyway).`,
          fix: { description: `Write ${written.value.toLowerCase()}`, edits: [{ range: written.range, text: written.value.toLowerCase() }] }
        });
      }
    }
  }
});

// rules/invalid-json-form.ts
var JSON_KEYWORDS = /* @__PURE__ */ new Set(["CMD", "ENTRYPOINT", "RUN", "SHELL", "VOLUME"]);
function meantAsJson(text) {
  const t = text.trim();
  return /^\[["'\u2018\u201c]/.test(t) || /^\[\s*["'\u2018\u201c][^]*["'\u2019\u201d]\s*,/.test(t);
}
var invalid_json_form_default = defineRule({
  meta: {
    id: "invalid-json-form",
    category: "correctness",
    severity: "error",
    preset: "recommended",
    description: "An exec-form (JSON array) argument that is not valid JSON, so Docker silently runs it as a shell string.",
    docs: {
      why: "Docker only uses exec form when the argument parses as a JSON array of strings. `CMD ['python', 'app.py']` (single quotes), a trailing comma or a missing quote is not JSON, so Docker runs the whole text with `/bin/sh -c`, where `[python,` is a command that does not exist: the container fails at start.",
      bad: "CMD ['python', 'app.py']",
      good: 'CMD ["python", "app.py"]',
      fixSafety: "Safe: the fix replaces single quotes by double quotes when that makes valid JSON, and is offered only then. Read as shell form, the bracketed words cannot work (the shell finds no command named `[…`, `VOLUME` paths are not absolute), so no working build changes."
    },
    fixable: true,
    fixKind: "safe",
    covers: []
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const keyword = ins.keyword === "ONBUILD" ? ins.trigger?.keyword ?? null : ins.keyword;
      if (!keyword || !JSON_KEYWORDS.has(keyword) || !ins.argsRange || ins.json || !ins.looksLikeJson) continue;
      const text = ins.keyword === "ONBUILD" ? ins.argsText.replace(/^\S+\s+/, "") : ins.argsText;
      if (!meantAsJson(text)) continue;
      const swapped = text.replace(/'/g, '"');
      const fixable = text !== swapped && isJsonStringArray(swapped) && ins.keyword !== "ONBUILD";
      report({
        range: ins.argsRange,
        message: parsesAsJson(text) ? `${keyword} argument is a JSON array with an element that is not a string, which Docker rejects (exec form takes strings only); write every element as a string.` : `${keyword} argument looks like a JSON array but is not valid JSON${fixable ? " (JSON needs double quotes)" : ""}, so Docker runs it as a shell command; write ${keyword} ["…", "…"].`,
        ...fixable ? { fix: { description: "Use double quotes", edits: [{ range: ins.argsRange, text: swapped }] } } : {}
      });
    }
  }
});
function parsesAsJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function isJsonStringArray(text) {
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) && v.every((x) => typeof x === "string");
  } catch {
    return false;
  }
}

// src/knowledge/spdx.ts
var SPDX_LICENSE_IDS = [
  "0BSD",
  "3D-Slicer-1.0",
  "AAL",
  "ADSL",
  "AFL-1.1",
  "AFL-1.2",
  "AFL-2.0",
  "AFL-2.1",
  "AFL-3.0",
  "AGPL-1.0",
  "AGPL-1.0-only",
  "AGPL-1.0-or-later",
  "AGPL-3.0",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "ALGLIB-Documentation",
  "AMD-newlib",
  "AMDPLPA",
  "AML",
  "AML-glslang",
  "AMPAS",
  "ANTLR-PD",
  "ANTLR-PD-fallback",
  "APAFML",
  "APL-1.0",
  "APSL-1.0",
  "APSL-1.1",
  "APSL-1.2",
  "APSL-2.0",
  "ASWF-Digital-Assets-1.0",
  "ASWF-Digital-Assets-1.1",
  "Abstyles",
  "AdaCore-doc",
  "Adobe-2006",
  "Adobe-Display-PostScript",
  "Adobe-Glyph",
  "Adobe-Utopia",
  "Advanced-Cryptics-Dictionary",
  "Afmparse",
  "Aladdin",
  "Apache-1.0",
  "Apache-1.1",
  "Apache-2.0",
  "App-s2p",
  "Arphic-1999",
  "Artistic-1.0",
  "Artistic-1.0-Perl",
  "Artistic-1.0-cl8",
  "Artistic-2.0",
  "Artistic-dist",
  "Aspell-RU",
  "BOLA-1.1",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-2-Clause-Darwin",
  "BSD-2-Clause-FreeBSD",
  "BSD-2-Clause-NetBSD",
  "BSD-2-Clause-Patent",
  "BSD-2-Clause-Views",
  "BSD-2-Clause-first-lines",
  "BSD-2-Clause-pkgconf-disclaimer",
  "BSD-2-Clause-pos-unchanged",
  "BSD-3-Clause",
  "BSD-3-Clause-Attribution",
  "BSD-3-Clause-Clear",
  "BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL",
  "BSD-3-Clause-Modification",
  "BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License",
  "BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty",
  "BSD-3-Clause-Open-MPI",
  "BSD-3-Clause-OpenWebUI",
  "BSD-3-Clause-Sun",
  "BSD-3-Clause-Tso",
  "BSD-3-Clause-acpica",
  "BSD-3-Clause-flex",
  "BSD-4-Clause",
  "BSD-4-Clause-Shortened",
  "BSD-4-Clause-UC",
  "BSD-4.3RENO",
  "BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement",
  "BSD-Attribution-HPND-disclaimer",
  "BSD-Inferno-Nettverk",
  "BSD-Mark-Modifications",
  "BSD-Protection",
  "BSD-Source-Code",
  "BSD-Source-Code-no-disclaimer",
  "BSD-Source-alt-GPL",
  "BSD-Source-beginning-file",
  "BSD-Systemics",
  "BSD-Systemics-W3Works",
  "BSD-ask-to-endorse",
  "BSL-1.0",
  "BUSL-1.1",
  "Baekmuk",
  "Bahyph",
  "Barr",
  "Beerware",
  "BitTorrent-1.0",
  "BitTorrent-1.1",
  "Bitstream-Charter",
  "Bitstream-Vera",
  "BlueOak-1.0.0",
  "Boehm-GC",
  "Boehm-GC-without-fee",
  "Borceux",
  "Brian-Gladman-2-Clause",
  "Brian-Gladman-3-Clause",
  "Brian-Gladman-3-Clause-no-conversion",
  "Buddy",
  "Bugroff",
  "C-UDA-1.0",
  "CAL-1.0",
  "CAL-1.0-Combined-Work-Exception",
  "CAPEC-tou",
  "CATOSL-1.1",
  "CC-BY-1.0",
  "CC-BY-2.0",
  "CC-BY-2.5",
  "CC-BY-2.5-AU",
  "CC-BY-3.0",
  "CC-BY-3.0-AT",
  "CC-BY-3.0-AU",
  "CC-BY-3.0-DE",
  "CC-BY-3.0-IGO",
  "CC-BY-3.0-NL",
  "CC-BY-3.0-US",
  "CC-BY-4.0",
  "CC-BY-NC-1.0",
  "CC-BY-NC-2.0",
  "CC-BY-NC-2.5",
  "CC-BY-NC-3.0",
  "CC-BY-NC-3.0-DE",
  "CC-BY-NC-3.0-IGO",
  "CC-BY-NC-4.0",
  "CC-BY-NC-ND-1.0",
  "CC-BY-NC-ND-2.0",
  "CC-BY-NC-ND-2.5",
  "CC-BY-NC-ND-3.0",
  "CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO",
  "CC-BY-NC-ND-4.0",
  "CC-BY-NC-SA-1.0",
  "CC-BY-NC-SA-2.0",
  "CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR",
  "CC-BY-NC-SA-2.0-UK",
  "CC-BY-NC-SA-2.5",
  "CC-BY-NC-SA-3.0",
  "CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO",
  "CC-BY-NC-SA-4.0",
  "CC-BY-ND-1.0",
  "CC-BY-ND-2.0",
  "CC-BY-ND-2.5",
  "CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE",
  "CC-BY-ND-4.0",
  "CC-BY-SA-1.0",
  "CC-BY-SA-2.0",
  "CC-BY-SA-2.0-UK",
  "CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5",
  "CC-BY-SA-3.0",
  "CC-BY-SA-3.0-AT",
  "CC-BY-SA-3.0-DE",
  "CC-BY-SA-3.0-IGO",
  "CC-BY-SA-4.0",
  "CC-PDDC",
  "CC-PDM-1.0",
  "CC-SA-1.0",
  "CC0-1.0",
  "CDDL-1.0",
  "CDDL-1.1",
  "CDL-1.0",
  "CDLA-Permissive-1.0",
  "CDLA-Permissive-2.0",
  "CDLA-Sharing-1.0",
  "CECILL-1.0",
  "CECILL-1.1",
  "CECILL-2.0",
  "CECILL-2.1",
  "CECILL-B",
  "CECILL-C",
  "CERN-OHL-1.1",
  "CERN-OHL-1.2",
  "CERN-OHL-P-2.0",
  "CERN-OHL-S-2.0",
  "CERN-OHL-W-2.0",
  "CFITSIO",
  "CMU-Mach",
  "CMU-Mach-nodoc",
  "CNRI-Jython",
  "CNRI-Python",
  "CNRI-Python-GPL-Compatible",
  "COIL-1.0",
  "CPAL-1.0",
  "CPL-1.0",
  "CPOL-1.02",
  "CUA-OPL-1.0",
  "Caldera",
  "Caldera-no-preamble",
  "Catharon",
  "ClArtistic",
  "Clips",
  "Community-Spec-1.0",
  "Condor-1.1",
  "Cornell-Lossless-JPEG",
  "Cronyx",
  "Crossword",
  "CryptoSwift",
  "CrystalStacker",
  "Cube",
  "D-FSL-1.0",
  "DEC-3-Clause",
  "DL-DE-BY-2.0",
  "DL-DE-ZERO-2.0",
  "DOC",
  "DRL-1.0",
  "DRL-1.1",
  "DSDP",
  "DocBook-DTD",
  "DocBook-Schema",
  "DocBook-Stylesheet",
  "DocBook-XML",
  "Dotseqn",
  "ECL-1.0",
  "ECL-2.0",
  "EFL-1.0",
  "EFL-2.0",
  "EPICS",
  "EPL-1.0",
  "EPL-2.0",
  "ESA-PL-permissive-2.4",
  "ESA-PL-strong-copyleft-2.4",
  "ESA-PL-weak-copyleft-2.4",
  "EUDatagrid",
  "EUPL-1.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "Elastic-2.0",
  "Entessa",
  "ErlPL-1.1",
  "Eurosym",
  "FBM",
  "FDK-AAC",
  "FDK-MPEG-H",
  "FSFAP",
  "FSFAP-no-warranty-disclaimer",
  "FSFUL",
  "FSFULLR",
  "FSFULLRSD",
  "FSFULLRWD",
  "FSL-1.1-ALv2",
  "FSL-1.1-MIT",
  "FTL",
  "Fair",
  "Ferguson-Twofish",
  "Frameworx-1.0",
  "FreeBSD-DOC",
  "FreeImage",
  "Furuseth",
  "GCR-docs",
  "GD",
  "GFDL-1.1",
  "GFDL-1.1-invariants-only",
  "GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only",
  "GFDL-1.1-no-invariants-or-later",
  "GFDL-1.1-only",
  "GFDL-1.1-or-later",
  "GFDL-1.2",
  "GFDL-1.2-invariants-only",
  "GFDL-1.2-invariants-or-later",
  "GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3",
  "GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later",
  "GFDL-1.3-no-invariants-only",
  "GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "GL2PS",
  "GLWTPL",
  "GPL-1.0",
  "GPL-1.0-only",
  "GPL-1.0-or-later",
  "GPL-2.0",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-2.0-with-GCC-exception",
  "GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception",
  "GPL-2.0-with-classpath-exception",
  "GPL-2.0-with-font-exception",
  "GPL-3.0",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "GPL-3.0-with-GCC-exception",
  "GPL-3.0-with-autoconf-exception",
  "Game-Programming-Gems",
  "Giftware",
  "Glide",
  "Glulxe",
  "Graphics-Gems",
  "Gutmann",
  "HDF5",
  "HIDAPI",
  "HP-1986",
  "HP-1989",
  "HPND",
  "HPND-DEC",
  "HPND-Fenneberg-Livingston",
  "HPND-INRIA-IMAG",
  "HPND-Intel",
  "HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer",
  "HPND-Markus-Kuhn",
  "HPND-Netrek",
  "HPND-Pbmplus",
  "HPND-SMC",
  "HPND-UC",
  "HPND-UC-export-US",
  "HPND-doc",
  "HPND-doc-sell",
  "HPND-export-US",
  "HPND-export-US-acknowledgement",
  "HPND-export-US-modify",
  "HPND-export2-US",
  "HPND-merchantability-variant",
  "HPND-sell-MIT-disclaimer-xserver",
  "HPND-sell-regexpr",
  "HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer",
  "HPND-sell-variant-MIT-disclaimer-rev",
  "HPND-sell-variant-critical-systems",
  "HTMLTIDY",
  "HaskellReport",
  "Hippocratic-2.1",
  "Hippocratic-3.0-core",
  "IBM-pibs",
  "ICU",
  "IEC-Code-Components-EULA",
  "IJG",
  "IJG-short",
  "IPA",
  "IPL-1.0",
  "ISC",
  "ISC-Veillard",
  "ISO-permission",
  "ImageMagick",
  "Imlib2",
  "Info-ZIP",
  "Informatica",
  "Inner-Net-2.0",
  "InnoSetup",
  "Intel",
  "Intel-ACPI",
  "Interbase-1.0",
  "JPL-image",
  "JPNIC",
  "JSON",
  "Jam",
  "JasPer-2.0",
  "Kastrup",
  "Kazlib",
  "Knuth-CTAN",
  "LAL-1.2",
  "LAL-1.3",
  "LGPL-2.0",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "LGPLLR",
  "LOOP",
  "LPD-document",
  "LPL-1.0",
  "LPL-1.02",
  "LPPL-1.0",
  "LPPL-1.1",
  "LPPL-1.2",
  "LPPL-1.3a",
  "LPPL-1.3c",
  "LZMA-SDK-9.11-to-9.20",
  "LZMA-SDK-9.22",
  "Latex2e",
  "Latex2e-translated-notice",
  "Leptonica",
  "LiLiQ-P-1.1",
  "LiLiQ-R-1.1",
  "LiLiQ-Rplus-1.1",
  "Libpng",
  "Linux-OpenIB",
  "Linux-man-pages-1-para",
  "Linux-man-pages-copyleft",
  "Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var",
  "Lucida-Bitmap-Fonts",
  "MIPS",
  "MIT",
  "MIT-0",
  "MIT-CMU",
  "MIT-Click",
  "MIT-Festival",
  "MIT-Khronos-old",
  "MIT-Modern-Variant",
  "MIT-STK",
  "MIT-Wu",
  "MIT-advertising",
  "MIT-enna",
  "MIT-feh",
  "MIT-open-group",
  "MIT-testregex",
  "MITNFA",
  "MMIXware",
  "MMPL-1.0.1",
  "MPEG-SSG",
  "MPL-1.0",
  "MPL-1.1",
  "MPL-2.0",
  "MPL-2.0-no-copyleft-exception",
  "MS-LPL",
  "MS-PL",
  "MS-RL",
  "MTLL",
  "MVT-1.1",
  "Mackerras-3-Clause",
  "Mackerras-3-Clause-acknowledgment",
  "MakeIndex",
  "Martin-Birgmeier",
  "McPhee-slideshow",
  "Minpack",
  "MirOS",
  "Motosoto",
  "MulanPSL-1.0",
  "MulanPSL-2.0",
  "Multics",
  "Mup",
  "NAIST-2003",
  "NASA-1.3",
  "NBPL-1.0",
  "NCBI-PD",
  "NCGL-UK-2.0",
  "NCL",
  "NCSA",
  "NGPL",
  "NICTA-1.0",
  "NIST-PD",
  "NIST-PD-TNT",
  "NIST-PD-fallback",
  "NIST-Software",
  "NLOD-1.0",
  "NLOD-2.0",
  "NLPL",
  "NOSL",
  "NPL-1.0",
  "NPL-1.1",
  "NPOSL-3.0",
  "NRL",
  "NTIA-PD",
  "NTP",
  "NTP-0",
  "Naumen",
  "Net-SNMP",
  "NetCDF",
  "Newsletr",
  "Nokia",
  "Noweb",
  "Nunit",
  "O-UDA-1.0",
  "OAR",
  "OCCT-PL",
  "OCLC-2.0",
  "ODC-By-1.0",
  "ODbL-1.0",
  "OFFIS",
  "OFL-1.0",
  "OFL-1.0-RFN",
  "OFL-1.0-no-RFN",
  "OFL-1.1",
  "OFL-1.1-RFN",
  "OFL-1.1-no-RFN",
  "OGC-1.0",
  "OGDL-Taiwan-1.0",
  "OGL-Canada-2.0",
  "OGL-UK-1.0",
  "OGL-UK-2.0",
  "OGL-UK-3.0",
  "OGTSL",
  "OLDAP-1.1",
  "OLDAP-1.2",
  "OLDAP-1.3",
  "OLDAP-1.4",
  "OLDAP-2.0",
  "OLDAP-2.0.1",
  "OLDAP-2.1",
  "OLDAP-2.2",
  "OLDAP-2.2.1",
  "OLDAP-2.2.2",
  "OLDAP-2.3",
  "OLDAP-2.4",
  "OLDAP-2.5",
  "OLDAP-2.6",
  "OLDAP-2.7",
  "OLDAP-2.8",
  "OLFL-1.3",
  "OML",
  "OPL-1.0",
  "OPL-UK-3.0",
  "OPUBL-1.0",
  "OSC-1.0",
  "OSET-PL-2.1",
  "OSL-1.0",
  "OSL-1.1",
  "OSL-2.0",
  "OSL-2.1",
  "OSL-3.0",
  "OSSP",
  "OpenMDW-1.0",
  "OpenPBS-2.3",
  "OpenSSL",
  "OpenSSL-standalone",
  "OpenVision",
  "PADL",
  "PDDL-1.0",
  "PHP-3.0",
  "PHP-3.01",
  "PPL",
  "PSF-2.0",
  "ParaType-Free-Font-1.3",
  "Parity-6.0.0",
  "Parity-7.0.0",
  "Pixar",
  "Plexus",
  "PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0",
  "PostgreSQL",
  "Python-2.0",
  "Python-2.0.1",
  "QPL-1.0",
  "QPL-1.0-INRIA-2004",
  "Qhull",
  "RHeCos-1.1",
  "RPL-1.1",
  "RPL-1.5",
  "RPSL-1.0",
  "RSA-MD",
  "RSCPL",
  "Rdisc",
  "Ruby",
  "Ruby-pty",
  "SAX-PD",
  "SAX-PD-2.0",
  "SCEA",
  "SGI-B-1.0",
  "SGI-B-1.1",
  "SGI-B-2.0",
  "SGI-OpenGL",
  "SGMLUG-PM",
  "SGP4",
  "SHL-0.5",
  "SHL-0.51",
  "SISSL",
  "SISSL-1.2",
  "SL",
  "SMAIL-GPL",
  "SMLNJ",
  "SMPPL",
  "SNIA",
  "SOFA",
  "SPL-1.0",
  "SSH-OpenSSH",
  "SSH-short",
  "SSLeay-standalone",
  "SSPL-1.0",
  "SUL-1.0",
  "SWL",
  "Saxpath",
  "SchemeReport",
  "Sendmail",
  "Sendmail-8.23",
  "Sendmail-Open-Source-1.1",
  "SimPL-2.0",
  "Sleepycat",
  "Soundex",
  "Spencer-86",
  "Spencer-94",
  "Spencer-99",
  "StandardML-NJ",
  "SugarCRM-1.1.3",
  "Sun-PPP",
  "Sun-PPP-2000",
  "SunPro",
  "Symlinks",
  "TAPR-OHL-1.0",
  "TCL",
  "TCP-wrappers",
  "TGPPL-1.0",
  "TMate",
  "TORQUE-1.1",
  "TOSL",
  "TPDL",
  "TPL-1.0",
  "TTWL",
  "TTYP0",
  "TU-Berlin-1.0",
  "TU-Berlin-2.0",
  "TekHVC",
  "TermReadKey",
  "ThirdEye",
  "TrustedQSL",
  "UCAR",
  "UCL-1.0",
  "UMich-Merit",
  "UPL-1.0",
  "URT-RLE",
  "Ubuntu-font-1.0",
  "UnRAR",
  "Unicode-3.0",
  "Unicode-DFS-2015",
  "Unicode-DFS-2016",
  "Unicode-TOU",
  "UnixCrypt",
  "Unlicense",
  "Unlicense-libtelnet",
  "Unlicense-libwhirlpool",
  "VOSTROM",
  "VSL-1.0",
  "Vim",
  "Vixie-Cron",
  "W3C",
  "W3C-19980720",
  "W3C-20150513",
  "WTFNMFPL",
  "WTFPL",
  "Watcom-1.0",
  "Widget-Workshop",
  "WordNet",
  "Wsuipa",
  "X11",
  "X11-distribute-modifications-variant",
  "X11-no-permit-persons",
  "X11-swapped",
  "XFree86-1.1",
  "XSkat",
  "Xdebug-1.03",
  "Xerox",
  "Xfig",
  "Xnet",
  "YPL-1.0",
  "YPL-1.1",
  "ZPL-1.1",
  "ZPL-2.0",
  "ZPL-2.1",
  "Zed",
  "Zeeff",
  "Zend-2.0",
  "Zimbra-1.3",
  "Zimbra-1.4",
  "Zlib",
  "any-OSI",
  "any-OSI-perl-modules",
  "atc-game",
  "bcrypt-Solar-Designer",
  "blessing",
  "bzip2-1.0.5",
  "bzip2-1.0.6",
  "check-cvs",
  "checkmk",
  "copyleft-next-0.3.0",
  "copyleft-next-0.3.1",
  "curl",
  "cve-tou",
  "diffmark",
  "dtoa",
  "dvipdfm",
  "eCos-2.0",
  "eGenix",
  "etalab-2.0",
  "fwlw",
  "gSOAP-1.3b",
  "generic-xts",
  "gnuplot",
  "gtkbook",
  "hdparm",
  "hyphen-bulgarian",
  "iMatix",
  "jove",
  "libpng-1.6.35",
  "libpng-2.0",
  "libselinux-1.0",
  "libtiff",
  "libutil-David-Nugent",
  "lsof",
  "magaz",
  "mailprio",
  "man2html",
  "metamail",
  "mpi-permissive",
  "mpich2",
  "mplus",
  "ngrep",
  "pkgconf",
  "pnmstitch",
  "psfrag",
  "psutils",
  "python-ldap",
  "radvd",
  "snprintf",
  "softSurfer",
  "ssh-keyscan",
  "swrule",
  "threeparttable",
  "ulem",
  "w3m",
  "wwl",
  "wxWindows",
  "xinetd",
  "xkeyboard-config-Zinoviev",
  "xlock",
  "xpp",
  "xzoom",
  "zlib-acknowledgement"
];
var SPDX_EXCEPTION_IDS = [
  "389-exception",
  "Asterisk-exception",
  "Autoconf-exception-2.0",
  "Autoconf-exception-3.0",
  "Autoconf-exception-generic",
  "Autoconf-exception-generic-3.0",
  "Autoconf-exception-macro",
  "Bison-exception-1.24",
  "Bison-exception-2.2",
  "Bootloader-exception",
  "CLISP-exception-2.0",
  "Classpath-exception-2.0",
  "DigiRule-FOSS-exception",
  "FLTK-exception",
  "Fawkes-Runtime-exception",
  "Font-exception-2.0",
  "GCC-exception-2.0",
  "GCC-exception-2.0-note",
  "GCC-exception-3.1",
  "GNAT-exception",
  "GNOME-examples-exception",
  "GNU-compiler-exception",
  "GPL-3.0-interface-exception",
  "GPL-3.0-linking-exception",
  "GPL-3.0-linking-source-exception",
  "GPL-CC-1.0",
  "GStreamer-exception-2005",
  "GStreamer-exception-2008",
  "Gmsh-exception",
  "KiCad-libraries-exception",
  "LGPL-3.0-linking-exception",
  "LLGPL",
  "LLVM-exception",
  "LZMA-exception",
  "Libtool-exception",
  "Linux-syscall-note",
  "OCCT-exception-1.0",
  "OCaml-LGPL-linking-exception",
  "OpenJDK-assembly-exception-1.0",
  "PS-or-PDF-font-exception-20170817",
  "QPL-1.0-INRIA-2004-exception",
  "Qt-GPL-exception-1.0",
  "Qt-LGPL-exception-1.1",
  "Qwt-exception-1.0",
  "SANE-exception",
  "SHL-2.0",
  "SHL-2.1",
  "SWI-exception",
  "Swift-exception",
  "Texinfo-exception",
  "UBDL-exception",
  "Universal-FOSS-exception-1.0",
  "WxWindows-exception-3.1",
  "cryptsetup-OpenSSL-exception",
  "eCos-exception-2.0",
  "fmt-exception",
  "freertos-exception-2.0",
  "gnu-javamail-exception",
  "i2p-gpl-java-exception",
  "libpri-OpenH323-exception",
  "mif-exception",
  "openvpn-openssl-exception",
  "stunnel-exception",
  "u-boot-exception-2.0",
  "vsftpd-openssl-exception",
  "x11vnc-openssl-exception"
];
var LICENSES = new Set(SPDX_LICENSE_IDS.map((id) => id.toLowerCase()));
var EXCEPTIONS = new Set(SPDX_EXCEPTION_IDS.map((id) => id.toLowerCase()));
function isSpdxExpression(text) {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let pos = 0;
  const license = () => {
    const t = tokens[pos];
    if (!t) return false;
    if (t === "(") {
      pos++;
      if (!expression() || tokens[pos] !== ")") return false;
      pos++;
      return true;
    }
    const id = t.replace(/\+$/, "");
    const ok = LICENSES.has(id.toLowerCase()) || /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(t);
    if (!ok) return false;
    pos++;
    if (tokens[pos]?.toUpperCase() === "WITH") {
      pos++;
      const ex = tokens[pos];
      if (!ex || !(EXCEPTIONS.has(ex.toLowerCase()) || /^AdditionRef-[A-Za-z0-9.-]+$/.test(ex))) return false;
      pos++;
    }
    return true;
  };
  const expression = () => {
    if (!license()) return false;
    while (tokens[pos] && /^(AND|OR)$/i.test(tokens[pos])) {
      pos++;
      if (!license()) return false;
    }
    return true;
  };
  return tokens.length > 0 && expression() && pos === tokens.length;
}

// rules/label-schema.ts
var VALIDATORS = {
  url: { ok: (v) => /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v) && URL.canParse(v), what: "a URL" },
  rfc3339: {
    ok: (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v.replace(" ", "T"))),
    what: "an RFC 3339 date-time (2024-05-01T12:00:00Z)"
  },
  spdx: { ok: isSpdxExpression, what: "an SPDX license expression (Apache-2.0, MIT OR Apache-2.0)" },
  semver: {
    ok: (v) => /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v),
    what: "a semantic version (1.4.2)"
  },
  hash: { ok: (v) => /^([0-9a-f]{7}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(v), what: "a git commit hash (7 or 40 hex digits)" },
  email: { ok: (v) => /^[^\s@<>()",;:]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v), what: "an e-mail address" }
};
function invalidKey(key) {
  if (/^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key)) return "uses a namespace reserved by Docker";
  if (!/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key)) return "must start with a lower-case letter and end with a letter or digit";
  if (/[^a-z0-9._/-]/.test(key)) return "may only contain lower-case letters, digits, `.`, `-`, `_` and `/`";
  if (/\.\.|--/.test(key)) return "has repeated separators";
  return null;
}
function labelsOf(stage) {
  return [...stage.lineage].reverse().flatMap((s) => s.instructions.filter((i) => i.keyword === "LABEL"));
}
var label_schema_default = defineRule({
  meta: {
    id: "label-schema",
    category: "style",
    severity: "warning",
    preset: "off",
    description: "Labels checked against a configured schema: required keys, value formats, and valid label keys.",
    docs: {
      why: "Registries, scanners and inventory tools read image metadata from labels such as `org.opencontainers.image.source` or `org.opencontainers.image.licenses`; a missing or malformed value breaks those tools quietly. Configure the schema in `settings.labelSchema` (label name → `url`, `rfc3339`, `spdx`, `semver`, `hash` (git commit), `email` or `text`): every label of the schema is required in the final image (or those listed in the rule option `required`), must not be empty, and must match its kind. With `strict: true`, labels outside the schema are reported too. Label keys are always checked: lower-case, `.`/`-`/`_`/`/`-separated, outside the `com.docker.*` namespaces. Values built from variables are checked once known.",
      bad: 'LABEL org.opencontainers.image.source="github.com/acme/app" \\\n      org.opencontainers.image.licenses="Apache 2"',
      good: 'LABEL org.opencontainers.image.source="https://github.com/acme/app" \\\n      org.opencontainers.image.licenses="Apache-2.0"',
      options: 'Settings: `labelSchema: { "org.opencontainers.image.source": "url", "org.opencontainers.image.licenses": "spdx" }`. Rule options: `required` (label names that must be present; default all of the schema), `strict` (report labels outside the schema; default false).'
    },
    fixable: false,
    covers: ["DL3048", "DL3049", "DL3050", "DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"],
    options: {
      type: "object",
      properties: {
        required: { type: "array", items: { type: "string" } },
        strict: { type: "boolean" }
      },
      additionalProperties: false
    }
  },
  check({ model, settings, options, report }) {
    const schema = settings.labelSchema;
    const schemaKeys = Object.keys(schema);
    for (const ins of model.instructions) {
      if (ins.keyword !== "LABEL") continue;
      for (const prop of ins.properties) {
        const bad = invalidKey(prop.name);
        if (bad) report({ range: prop.nameRange, message: `Label key \`${prop.name}\` ${bad}; use a reverse-DNS key such as \`org.example.${prop.name.toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^[^a-z]+|[^a-z0-9]+$/g, "") || "name"}\`.` });
        const kind = schema[prop.name];
        if (kind === void 0) {
          if (options.strict && schemaKeys.length) report({ range: prop.nameRange, message: `Label \`${prop.name}\` is not in the configured label schema; remove it or add it to \`labelSchema\`.` });
          continue;
        }
        const value = prop.value;
        if (value === null || value === void 0) continue;
        const range = prop.valueRange ?? prop.nameRange;
        if (value.trim() === "") {
          report({ range, message: `Label \`${prop.name}\` is empty; give it a value.` });
          continue;
        }
        const validator2 = kind === "text" ? null : VALIDATORS[kind];
        if (validator2 && !validator2.ok(value.trim())) {
          report({ range, message: `Label \`${prop.name}\` is \`${value}\`, which is not ${validator2.what}.` });
        }
      }
    }
    const final = model.finalStage;
    if (!final || !schemaKeys.length) return;
    const present = new Set(labelsOf(final).flatMap((i) => i.properties.map((p) => p.name)));
    for (const name of options.required ?? schemaKeys) {
      if (!present.has(name)) {
        report({ range: final.from.range, message: `The final image has no label \`${name}\`, which the label schema requires; add \`LABEL ${name}="…"\`.` });
      }
    }
  }
});

// rules/layer-cache-order.ts
import path8 from "node:path";

// src/knowledge/package-indexes.ts
var PACKAGE_INDEXES = [
  { tool: "apt", updates: ["update"], installs: ["install"], refreshing: [], dirs: ["/var/lib/apt"], together: "`apt-get update && apt-get install …` in the same RUN" },
  {
    tool: "apk",
    updates: ["update"],
    installs: ["add"],
    refreshing: ["--no-cache", "-U", "--update-cache"],
    dirs: ["/var/cache/apk", "/etc/apk/cache"],
    together: "`apk add --no-cache …`, which fetches a fresh index"
  }
];

// rules/layer-cache-order.ts
var MANIFEST = /^(requirements.*\.(txt|in)|constraints.*\.txt|.*\.lock|pyproject\.toml|setup\.(py|cfg)|Pipfile(\.lock)?|environment.*\.ya?ml|env.*\.ya?ml|conda.*\.ya?ml|package(-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|\.yarnrc(\.yml)?|pnpm-lock\.yaml|pnpm-workspace\.yaml|\.npmrc|go\.(mod|sum)|Gemfile(\.lock)?|Cargo\.(toml|lock)|composer\.(json|lock)|README.*|LICENSE.*|\.python-version)$/i;
var REQUIREMENTS_DIR = /(^|\/)(requirements|constraints|deps|dependencies)(\/|$)/i;
var HOUSEKEEPING2 = /^(\.dockerignore|.*dockerfile.*|containerfile.*|docker-compose.*|compose\.ya?ml|\.gitignore|\.git|\.github)$/i;
var DEPS_ONLY = {
  "uv sync": "`uv sync --no-install-project`",
  "poetry install": "`poetry install --no-root`",
  "pip install .": "`pip install -r requirements.txt`",
  "uv pip install .": "`uv pip install -r requirements.txt`"
};
function onlyManifests(context, dir) {
  const ignore2 = loadDockerIgnore(context);
  let budget = 500;
  const walk = (rel) => {
    for (const name of context.list(rel)) {
      if (--budget < 0) return false;
      const child = rel ? `${rel}/${name}` : name;
      if (ignore2?.excludes(child) || HOUSEKEEPING2.test(name)) continue;
      if (context.isDirectory(child)) {
        if (!walk(child)) return false;
      } else if (!MANIFEST.test(name) && !(REQUIREMENTS_DIR.test(rel) && /\.(txt|in)$/.test(name))) return false;
    }
    return true;
  };
  return walk(dir);
}
function needs(install2, context) {
  const out = [];
  const add = (written) => {
    const imagePath = imagePathOf(install2.instruction, install2.command, written);
    const origin = imagePath === null ? null : contextOrigin(install2.instruction, imagePath, context);
    if (imagePath !== null && origin?.copy) out.push({ imagePath, origin });
  };
  for (const f of install2.files) if (!/^[a-z]+:\/\//i.test(f.path) && (!f.word || f.word.literal)) add(f.path);
  if (install2.manifests.length && !install2.files.length) add(path8.posix.join(install2.projectPath ?? ".", install2.manifests[0]));
  return out;
}
function folderCopy(need, context) {
  const source = need.origin.source;
  if (!source || source.path === null || source.glob) return false;
  if (source.path === "") return true;
  return context !== null && need.origin.contextPath !== source.path && context.isDirectory(source.path) && !onlyManifests(context, source.path);
}
var CREATES = /* @__PURE__ */ new Set(["git", "wget", "curl", "tar", "unzip", "mkdir", "cp", "mv", "ln"]);
function madeByRun(install2, copy) {
  const top = install2.projectPath?.replace(/^\.\//, "").split("/")[0];
  if (!top || top === "." || top === ".." || install2.projectPath.startsWith("/")) return false;
  const runs = [...instructionsBefore(install2.instruction).filter((i) => i.keyword === "RUN" && instructionsBefore(i).includes(copy)), install2.instruction];
  return runs.some(
    (i) => (i.run?.script?.commands ?? []).some(
      (c) => c !== install2.command && CREATES.has(c.name ?? "") && c.args.some((w) => w.value === top || w.value.endsWith(`/${top}`) || w.value.endsWith(`/${top}.git`))
    )
  );
}
function plainBase(instruction) {
  const name = instruction.stage?.rootImage.name;
  return !!name && (name.namespace === "library" || name.familiar === "nvidia/cuda");
}
function sameImage(a, b) {
  return a === b || instructionsBefore(b).includes(a);
}
function manifestCopy(install2, need, context) {
  const copy = need.origin.copy;
  const source = need.origin.source;
  const relDir = path8.posix.dirname(need.origin.contextPath);
  const inSource = source.path ? path8.posix.relative(source.path, relDir) : relDir;
  const destDir = copy.dest === null ? "." : path8.posix.join(copy.dest, inSource === "." ? "" : inSource);
  const workdir = workdirOf(copy.instruction);
  const dest = destDir.replace(/\/+$/, "") === workdir.replace(/\/+$/, "") ? "./" : `${destDir.replace(/\/+$/, "")}/`;
  if (install2.files.length) return { files: [need.origin.contextPath], dest, certain: true };
  const dir = relDir === "." ? "" : `${relDir}/`;
  const present = context ? install2.manifests.filter((m) => context.exists(`${dir}${m}`)).map((m) => `${dir}${m}`) : [];
  if (present.length) return { files: present, dest, certain: true };
  const canonical = install2.manifests.slice(0, /^(uv )?pip /.test(install2.label) ? 1 : 2);
  return { files: canonical.map((m) => `${dir}${m}`), dest, certain: false };
}
function requirementsAlone(contextPath, context) {
  const text = context?.read(contextPath);
  if (!text) return false;
  const parsed = parseRequirements(text);
  return parsed.includes.length === 0 && !parsed.readsLocalFiles;
}
var CONFIG_ONLY = /* @__PURE__ */ new Set(["ENV", "ARG", "LABEL", "EXPOSE"]);
var OUTSIDE_PROJECT = /* @__PURE__ */ new Set(["apt-get", "apt", "apk", "yum", "dnf", "microdnf", "rm", "echo", "true", "set", "export", "mkdir", "chmod", "chown", "ln"]);
function outsideProject(cmd, install2) {
  if (cmd === install2.command) return true;
  if (!cmd.name || !OUTSIDE_PROJECT.has(cmd.name)) return false;
  return cmd.args.every((w) => w.literal && (w.value.startsWith("/") || w.value.startsWith("-") || !/[/.]/.test(w.value) || /^[\w.+-]+=/.test(w.value)));
}
function reorder(install2, need, context, lines) {
  const copy = need.origin.copy.instruction;
  const manifest = manifestCopy(install2, need, context);
  if (install2.buildsProject || !manifest.certain || copy.keyword !== "COPY" || copy.copy?.sources.length !== 1 || copy.heredocs.length) return null;
  if (copy.range.start.line !== copy.range.end.line || copy.flags.some((f) => !["chown", "chmod", "link"].includes(f.name.toLowerCase()))) return null;
  const run = install2.instruction;
  if (run.keyword !== "RUN" || run.heredocs.length || run.stage !== copy.stage || !run.script || run.script.error) return null;
  const between = run.stage.instructions.slice(run.stage.instructions.indexOf(copy) + 1, run.stage.instructions.indexOf(run));
  const untouched = (i) => i.keyword === "RUN" && !i.heredocs.length && !!i.script && !i.script.error && i.script.commands.every((c) => outsideProject(c, install2));
  if (between.some((i) => !CONFIG_ONLY.has(i.keyword) && !untouched(i)) || !untouched(run)) return null;
  const needsAll = needs(install2, context);
  if (needsAll.some((n) => n.origin.copy?.instruction !== copy)) return null;
  if (install2.files.length && !needsAll.every((n) => requirementsAlone(n.origin.contextPath, context))) return null;
  const written = lines[copy.range.start.line - 1].slice(copy.range.start.column - 1, copy.range.end.column - 1);
  const flags = copy.flags.map((f) => f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`);
  const text = [copy.keywordText, ...flags, ...manifest.files, manifest.dest].join(" ");
  return [
    { range: copy.range, text },
    { range: { start: run.range.end, end: run.range.end }, text: `
${written}` }
  ];
}
var layer_cache_order_default = defineRule({
  meta: {
    id: "layer-cache-order",
    category: "size",
    severity: "warning",
    preset: "recommended",
    description: "The whole build context is copied before a dependency install that only needs the manifest; or a package install reads the index of an `update` in an earlier, cached RUN.",
    docs: {
      why: "Docker reuses a layer only while everything before it is unchanged. With `COPY . .` before `pip install -r requirements.txt`, editing any source file invalidates the `COPY` layer and the install after it: every build downloads and installs all dependencies again (for AI images, gigabytes of torch and CUDA wheels). Copy the dependency manifest alone first, install, then copy the rest. The rule knows pip (`-r`, `pip install .`), uv (`uv sync`, `uv pip install -r`, `uv pip sync`), poetry, pipenv, conda environment files, npm, yarn, pnpm, `go mod download`, bundler, `cargo fetch` and composer, follows `COPY`/`WORKDIR`/`cd` to see which copy brought the manifest, and names the manifest files the context really holds. It is silent when the manifest was copied and installed before the source (`pip install --no-deps .` or `uv sync` after that is the usual second step), for builds of the project itself (`go build`, `npm run build`), and for folders that hold only manifests.\n\n**Stale package index.** The same layer cache breaks `RUN apt-get update` followed by `RUN apt-get install …` in a later RUN of the stage (or of a stage built on it) without its own update: the install reads the lists of the update layer, which Docker reuses from its cache as long as that instruction is unchanged, so once the lists are older than the repository the install fails to fetch packages (404) or installs outdated versions (Docker's best-practices guide: always combine `apt-get update` with `apt-get install` in the same RUN). The same holds for `apk update` then `apk add` (not with `--no-cache` or `-U`, which fetch a fresh index). dnf and yum are not reported: they refresh metadata older than `metadata_expire` themselves. Not reported either when the update RUN deletes the index (the later install then fails at once, visibly) or runs a cleanup script of its own that may, when either RUN keeps it in a cache mount, or for `xx-apt-get`, which updates the lists itself when it adds the target architecture. This lives in `layer-cache-order` because the cause is the same: a cached layer that an instruction depends on no longer matches what it needs; `apt-cleanup` is about the size the lists add, and its fix is marked unsafe when such a later install relies on them.",
      bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "main.py"]',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]',
      fixSafety: "Unsafe: the install then runs without the rest of the source tree, so an install that reads another file of the project (a `-e .` line or a relative path inside the requirements file, a `setup.py`) fails or installs something else. Only the simplest shape is fixed: a one-line `COPY . <dir>` of the build context (or of one folder of it), followed only by `ENV`/`ARG`/`LABEL`/`EXPOSE` and `RUN`s of system package managers or cleanups that name no relative path, then a RUN whose install reads only manifest files named on its command line or present in the build context, and which does nothing else with the project. The folder copy becomes `COPY <manifest…> <dir>/` and moves, as written, right after the install."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: []
  },
  check({ model, buildContext, report }) {
    staleIndexes(model, report);
    const context = buildContext && contextLooksRight(model, buildContext) ? buildContext : null;
    const installs2 = dependencyInstalls(model);
    const reported = /* @__PURE__ */ new Set();
    const needsCache = /* @__PURE__ */ new Map();
    const needsOf = (i) => {
      let n = needsCache.get(i);
      if (!n) needsCache.set(i, n = needs(i, context));
      return n;
    };
    for (const install2 of installs2) {
      if (install2.projectOnly) continue;
      for (const need of needsOf(install2)) {
        const copy = need.origin.copy;
        if (reported.has(copy.instruction) || !folderCopy(need, context) || madeByRun(install2, copy.instruction)) continue;
        if (need.origin.source.path === "" && context && onlyManifests(context, "")) continue;
        const earlier = installs2.filter((i) => i !== install2 && i.ecosystem === install2.ecosystem && sameImage(i.instruction, copy.instruction) && i.instruction !== copy.instruction);
        if (install2.buildsProject && (earlier.length || !plainBase(install2.instruction))) continue;
        if (!install2.buildsProject && earlier.some((i) => i.label === install2.label || needsOf(i).some((n) => n.origin.contextPath === need.origin.contextPath))) continue;
        if (install2.ecosystem !== "python" && install2.ecosystem !== "conda" && earlier.length) continue;
        reported.add(copy.instruction);
        const source = need.origin.source;
        const written = `${copy.instruction.keyword} ${copy.instruction.argsText}`;
        const shown = written.length <= 40 && !written.includes("\n") ? written : `${copy.instruction.keyword} ${source.arg.raw}`;
        const what = `\`${shown}\` copies ${source.path === "" ? "the whole build context" : `the whole \`${source.arg.raw}\` folder`}`;
        const manifest = manifestCopy(install2, need, context);
        const copyFirst = `copy the manifest first (\`COPY ${manifest.files.join(" ")} ${manifest.dest}\`)`;
        const edits = reorder(install2, need, context, model.lines);
        const fix = install2.buildsProject ? `${copyFirst}, install the dependencies alone (${DEPS_ONLY[install2.label] ?? "from the manifest"}), then copy the rest and install the project` : `${copyFirst} and install before copying the rest`;
        report({
          range: source.arg.range,
          message: `${what} before \`${install2.label}\` (line ${install2.instruction.range.start.line}), so any source change re-runs the install; ${fix}.`,
          ...edits ? { fix: { description: "Copy the manifest before the install and the rest after it", edits, safe: false } } : {},
          related: [{ range: install2.instruction.range, message: `the \`${install2.label}\` this copy invalidates` }]
        });
      }
    }
  }
});
function staleIndexes(model, report) {
  for (const stage of model.stages) {
    const runs = [...stage.lineage].reverse().flatMap((s) => s.instructions.filter((i) => i.keyword === "RUN" && i.run?.script));
    for (const index of PACKAGE_INDEXES) {
      let update = null;
      for (const later of runs) {
        const updates = callsIn(later.run.script, index.tool, index.updates).length > 0;
        const install2 = later.stage === stage && update ? staleInstall(later, index) : null;
        const before3 = update;
        if (updates) update = later;
        if (!install2 || !before3 || keepsNoIndex(before3, index)) continue;
        const updateCall = callsIn(before3.run.script, index.tool, index.updates)[0];
        report({
          range: install2.subcommand.range,
          message: `\`${install2.command.name} ${install2.invocation.subcommand}\` reads the package index of \`${updateCall.command.name} ${updateCall.invocation.subcommand}\` on line ${before3.range.start.line}, a separate RUN that the build cache reuses unchanged: once that index is older than the repository, the install fails to fetch packages (404) or installs outdated ones; use ${index.together}.`
        });
      }
    }
  }
}
function staleInstall(run, index) {
  const script = run.run.script;
  const install2 = callsIn(script, index.tool, index.installs)[0];
  if (!install2 || hasOption(install2.invocation, ...index.refreshing) || hasCacheMountOn(run, index.dirs)) return null;
  if (install2.command.name?.startsWith("xx-")) return null;
  const at = script.commands.indexOf(install2.command);
  const updated = callsIn(script, index.tool, index.updates).some((u) => script.commands.indexOf(u.command) < at);
  return updated ? null : install2;
}
function keepsNoIndex(run, index) {
  return hasCacheMountOn(run, index.dirs) || runsCleanupScript(run.run.script) || removesPath(run.run.script, (p) => index.dirs.some((d) => p === d || p.startsWith(`${d}/`)));
}

// rules/legacy-key-value.ts
var legacy_key_value_default = defineRule({
  meta: {
    id: "legacy-key-value",
    category: "style",
    severity: "warning",
    preset: "recommended",
    description: "`ENV key value` / `LABEL key value` in the legacy space-separated form.",
    docs: {
      why: "The form without `=` sets exactly one variable whose value is the rest of the line, quotes and all: `ENV PATH /opt/bin:$PATH FOO=1` makes one variable named `PATH`. It is deprecated, and BuildKit warns about it. Write `key=value` (quote values with spaces).",
      bad: "ENV PYTHONUNBUFFERED 1\nLABEL description Inference server",
      good: 'ENV PYTHONUNBUFFERED=1\nLABEL description="Inference server"',
      fixSafety: 'Safe for one-line values without quotes or escapes (the fix is offered only then): `key="value"` sets the same value. `LABEL k = "v"` sets `k` to a value that starts with `= `; the fix to `k="v"` is unsafe, as it drops that `= `.'
    },
    fixable: true,
    fixKind: "mixed",
    covers: ["LegacyKeyValueFormat"]
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== "ENV" && ins.keyword !== "LABEL") continue;
      for (const prop of ins.properties) {
        if (!prop.legacyForm || !prop.valueRange) continue;
        const value = prop.rawValue ?? "";
        const range = { start: prop.nameRange.start, end: prop.valueRange.end };
        const oneLine = prop.nameRange.start.line === prop.valueRange.end.line && !/["'\\]/.test(prop.name);
        const spacedEquals = /^=[ \t]+\S/.exec(value);
        if (spacedEquals) {
          const rest = value.slice(spacedEquals[0].length - 1);
          const text2 = `${prop.name}=${quoteIfNeeded(rest)}`;
          report({
            range,
            message: `\`${ins.keyword} ${prop.name} = …\` sets ${prop.name} to a value that starts with \`= \` (the spaces around \`=\` make it the legacy form); write \`${ins.keyword} ${text2}\`.`,
            ...oneLine && plain(rest) ? { fix: { description: `Write ${text2} (unsafe: the value loses its leading \`= \`)`, edits: [{ range, text: text2 }], safe: false } } : {}
          });
          continue;
        }
        const text = `${prop.name}=${quoteIfNeeded(value)}`;
        report({
          range,
          message: `\`${ins.keyword} ${prop.name} …\` uses the deprecated space-separated form; write \`${ins.keyword} ${text}\`.`,
          ...oneLine && !/["'\\`]/.test(value) ? { fix: { description: `Write ${text}`, edits: [{ range, text }] } } : {}
        });
      }
    }
  }
});
function plain(value) {
  return /^"[^"\\`$]*"$|^'[^']*'$/.test(value) || !/["'\\`]/.test(value);
}
function quoteIfNeeded(value) {
  const quoted = /^(["']).*\1$/s.test(value);
  return !quoted && (/\s/.test(value) || value === "") ? `"${value}"` : value;
}

// rules/maintainer-deprecated.ts
var maintainer_deprecated_default = defineRule({
  meta: {
    id: "maintainer-deprecated",
    category: "style",
    severity: "warning",
    preset: "recommended",
    description: "`MAINTAINER` is deprecated; use `LABEL org.opencontainers.image.authors`.",
    docs: {
      why: "`MAINTAINER` has been deprecated since Docker 1.13: it sets an image field that tools no longer read. The OCI annotation `org.opencontainers.image.authors` in a `LABEL` carries the same information where registries and scanners look for it.",
      bad: "MAINTAINER Jane Doe <jane@example.com>",
      good: 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
      fixSafety: "Safe: only image metadata changes."
    },
    fixable: true,
    fixKind: "safe",
    covers: ["DL4000", "MaintainerDeprecated"]
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== "MAINTAINER") continue;
      const author = ins.argsText.replace(/\s*\\\n\s*/g, " ").trim();
      const esc = model.escapeChar;
      const quoted = `"${author.replace(/["$]|\\|`/g, (c) => c === '"' || c === "$" || c === esc ? esc + c : c)}"`;
      report({
        range: ins.keywordRange,
        message: '`MAINTAINER` is deprecated; record the author with `LABEL org.opencontainers.image.authors="…"`.',
        ...author && !author.includes("\n") ? {
          fix: {
            description: "Replace MAINTAINER with LABEL org.opencontainers.image.authors",
            edits: [{ range: ins.range, text: `LABEL org.opencontainers.image.authors=${quoted}` }]
          }
        } : {}
      });
    }
  }
});

// rules/no-sudo.ts
var no_sudo_default = defineRule({
  meta: {
    id: "no-sudo",
    category: "security",
    severity: "warning",
    preset: "recommended",
    description: "`sudo` inside `RUN`.",
    docs: {
      why: "`RUN` already executes as the user set by `USER`; `sudo` adds a setuid binary and a sudoers configuration to the image (a privilege-escalation path at run time), and its TTY, environment and signal handling make builds behave unpredictably. Switch with `USER root` for the steps that need root and back to the unprivileged user afterwards; to run a program as another user from a root entrypoint, use `gosu` or `su-exec`. Only `sudo` run as a command is reported, not installing the `sudo` package.",
      bad: "USER app\nRUN sudo apt-get update && sudo apt-get install -y --no-install-recommends curl",
      good: "USER root\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER app"
    },
    fixable: false,
    covers: ["DL3004"],
    tags: ["security"]
  },
  check({ model, report }) {
    for (const instruction of runInstructions(model)) {
      const sudo = firstInSource(instruction.run.script.commands.filter((c) => c.name === "sudo"));
      if (!sudo) continue;
      report({
        range: sudo.argv[0].range,
        message: "Do not use `sudo` in `RUN`; run the step with `USER root` (and switch back afterwards), or use `gosu` to run as another user."
      });
    }
  }
});

// src/knowledge/system-shell.ts
var SHELL_OF = { debian: "dash", alpine: "busybox", busybox: "busybox", redhat: "bash" };
var DEBIAN_DEFAULT = /* @__PURE__ */ new Set([
  "debian",
  "ubuntu",
  "python",
  "node",
  "golang",
  "ruby",
  "rust",
  "php",
  "perl",
  "buildpack-deps",
  "gcc",
  "eclipse-temurin",
  "julia",
  "r-base",
  "haskell",
  "pypy",
  "nginx",
  "httpd",
  "redis",
  "postgres"
]);
var DEBIAN_VENDOR = [
  /^pytorch\/pytorch$/,
  /^tensorflow\/tensorflow$/,
  /^nvcr\.io\/nvidia\/(pytorch|tensorflow|tritonserver|nemo|jax)$/,
  /^continuumio\/(miniconda3?|anaconda3?)$/,
  /^condaforge\/(miniforge3|mambaforge)$/,
  /^mambaorg\/micromamba$/,
  /^(quay\.io\/)?jupyter\//,
  /^huggingface\/transformers-/
];
var RED_HAT = [
  /^(centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux)$/,
  /^(rockylinux|almalinux)\//,
  /^registry\.access\.redhat\.com\/ubi/,
  /^redhat\/ubi/,
  /^quay\.io\/(centos|fedora)\//,
  /^opensuse\/(leap|tumbleweed)$/,
  /^registry\.suse\.com\//
];
var DEBIAN_TAG = /(^|[-_.])(bookworm|bullseye|buster|stretch|trixie|jammy|focal|noble|bionic|xenial|ubuntu[0-9.]*|debian[0-9.]*)([-_.]|$)/;
var RED_HAT_TAG = /(^|[-_.])(ubi[0-9]*|rockylinux[0-9]*|centos[0-9]*|oraclelinux[0-9]*|amzn[0-9]*|fedora[0-9]*)([-_.]|$)/;
function distroOf(image) {
  const name = image.familiar;
  const tag = (image.tag ?? "").toLowerCase();
  if (name === "busybox") return "busybox";
  if (name === "alpine" || /(^|[-_.])alpine/.test(tag)) return "alpine";
  if (RED_HAT.some((p) => p.test(name)) || RED_HAT_TAG.test(tag)) return "redhat";
  if (DEBIAN_DEFAULT.has(name) || DEBIAN_VENDOR.some((p) => p.test(name)) || DEBIAN_TAG.test(tag)) return "debian";
  return null;
}
function systemShellOf(image) {
  const distro = distroOf(image);
  return distro && SHELL_OF[distro];
}

// src/knowledge/users.ts
var APP_UID = 10001;
var DISTROLESS_NONROOT_UID = 65532;
var CREATE = {
  debian: `groupadd --system --gid ${APP_UID} app && useradd --system --uid ${APP_UID} --gid app --create-home app`,
  redhat: `groupadd --system --gid ${APP_UID} app && useradd --system --uid ${APP_UID} --gid app --create-home app`,
  alpine: `addgroup -S -g ${APP_UID} app && adduser -S -D -u ${APP_UID} -G app app`
};
var NO_SHADOW_UTILS = [/(^|[-_./])(minimal|micro)([-_.]|$)/, /^amazonlinux$/];
function nonRootSetup(image) {
  if (/^gcr\.io\/distroless\//.test(image.familiar)) return { create: null, user: String(DISTROLESS_NONROOT_UID) };
  const distro = distroOf(image);
  if (distro === "redhat" && NO_SHADOW_UTILS.some((p) => p.test(image.familiar) || p.test(image.tag ?? ""))) return null;
  const create = distro && CREATE[distro];
  return create ? { create, user: String(APP_UID) } : null;
}

// rules/non-root-user.ts
var non_root_user_default = defineRule({
  meta: {
    id: "non-root-user",
    category: "security",
    severity: "warning",
    preset: "recommended",
    description: "The final image runs as root.",
    docs: {
      why: "A process running as root inside the container is root on the host's kernel: a container escape or a writable host mount then hands over the machine. Create a user and switch to it with `USER` in the final stage (inherited through `FROM <stage>`). Bases that already default to a non-root user (`*:nonroot`, Chainguard, Jupyter docker-stacks, Gitpod workspaces, Bitnami, `jenkins/jenkins`, .NET chiseled) are accepted, and so is a file whose `RUN` calls `sudo` it did not install, on a base not known to run as root (the base runs as a user that needs sudo), and so are images that install or run `gosu`/`su-exec` (their entrypoint starts as root and switches user itself, the docker-library convention), images whose command is a server that runs its workers as an unprivileged user by its own configuration (`php-fpm`, Apache's `apache2-foreground`/`httpd-foreground`, `nginx`), development, CI and dev-container images, known by their file name or their content (`sshd`, which needs root, or a test runner as the command; `openssh-server`/`pdsh` installed), and final stages named as build targets (`validate`, `test`, `generate`, `dev`, `export`, …), whose user comes from the tool that runs them. Files that define a base image for others are not reported either: their final stage is built on an image, copies from the build context only the image's own scripts and configuration, has no `ONBUILD` and no command beyond a bare interpreter or shell (`CMD [\"python3\"]`) or entrypoint beyond a script followed by such a command, and pins the runtime it installs with a version variable (`ENV PHP_VERSION 8.3.14`, docker-library's convention: the images built on them choose the user) or takes its whole parent from a build argument (a layer of an image family built in order).",
      bad: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]',
      good: 'FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 app\nCOPY . /app\nUSER 10001\nCMD ["python", "/app/main.py"]',
      fixSafety: "Unsafe: the process then runs without root, and files the build copied or created stay owned by root, so an application that writes into its own folder, binds a port below 1024 or installs at start-up breaks. Before the final stage's first `CMD`/`ENTRYPOINT` the fix adds a system user with the fixed UID 10001, created with the base distribution's own tool (`groupadd`/`useradd` on Debian, Ubuntu and the Red Hat family, `addgroup`/`adduser` on Alpine; distroless images already have `nonroot`, UID 65532), and `USER <uid>`. No fix when the image already creates users (its names may clash), when the base image's distribution is unknown or has no such tool (`-minimal` images, Amazon Linux), when a build step (`RUN`, `COPY`, `WORKDIR`, `USER`…) follows the `CMD`/`ENTRYPOINT`, or when the stage has none of its own."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: ["DL3002", "CKV_DOCKER_3", "DS002"]
  },
  check({ model, report }) {
    const final = model.finalStage;
    if (!final || final.windows || isDevelopmentImage(model) || buildsNothing(model) || isAuxiliaryStageName(final.name) || isBaseImageDefinition(model)) return;
    if (dropsPrivileges(final)) return;
    const user = final.user;
    if (user.source === "instruction") {
      if (user.root) {
        const at = final.endState.user;
        report({ range: at.range, message: `The final image runs as \`${user.name}\`; switch to an unprivileged user (\`USER 10001\`) after the steps that need root.`, ...userFix(model, final) });
      }
      return;
    }
    if (user.source !== "unset" || !final.rootImage.name) return;
    report({
      range: final.from.range,
      message: "The final stage never sets USER, so the container runs as root; add a user and `USER <uid>` before CMD.",
      ...userFix(model, final)
    });
  }
});
function dropsPrivileges(final) {
  for (const ins of [final.entrypoint, final.cmd]) {
    const program = ins?.script?.commands.at(-1)?.name ?? null;
    if (program && SELF_DROPPING_SERVERS.some((p) => p.test(program))) return true;
  }
  for (const s of final.lineage) {
    for (const ins of s.instructions) {
      for (const cmd of ins.script?.commands ?? []) {
        if (cmd.name && PRIVILEGE_DROPPERS.has(cmd.name) || cmd.args.some((w) => PRIVILEGE_DROPPERS.has(w.value))) return true;
      }
    }
  }
  return false;
}
var CONFIG_ONLY2 = /* @__PURE__ */ new Set(["CMD", "ENTRYPOINT", "EXPOSE", "LABEL", "ENV", "ARG", "HEALTHCHECK", "STOPSIGNAL", "ONBUILD", "MAINTAINER"]);
function userFix(model, final) {
  const setup = final.rootImage.name && nonRootSetup(final.rootImage.name);
  const at = final.instructions.findIndex((i) => i.keyword === "CMD" || i.keyword === "ENTRYPOINT");
  if (!setup || at < 0 || createsUsers(final)) return {};
  if (final.instructions.slice(at).some((i) => !CONFIG_ONLY2.has(i.keyword))) return {};
  const before3 = final.instructions[at];
  if (setup.create && !/(^|\/)(ba|da|a)?sh$/.test(before3.state.shell[0] ?? "")) return {};
  const user = `${keywordInFileCase(model, "USER")} ${setup.user}`;
  const lines = [...setup.create ? [`${keywordInFileCase(model, "RUN")} ${setup.create}`] : [], user];
  return { fix: { description: setup.create ? `Create user ${setup.user} and add \`${user}\`` : `Add \`${user}\``, edits: [insertLinesBefore(model, before3, lines)], safe: false } };
}
var USER_TOOLS = /* @__PURE__ */ new Set(["useradd", "adduser", "groupadd", "addgroup"]);
function createsUsers(final) {
  return final.lineage.some((s) => s.instructions.some((i) => i.script?.commands.some((c) => c.name !== null && USER_TOOLS.has(c.name))));
}

// rules/npm-pin-versions.ts
var TARBALL = /\.(tgz|tar\.gz|tar)$/i;
var NAME6 = /^(@[\w.-]+\/)?[\w.-]+$/;
var MOVING_TAGS = /* @__PURE__ */ new Set(["latest", "next", "canary", "beta", "alpha", "rc", "nightly", "insiders", "dev", "experimental", "stable", "lts", "current", "edge"]);
function versionOf(spec) {
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  return at < 0 ? { name: spec, version: null } : { name: spec.slice(0, at), version: spec.slice(at + 1) };
}
function notRegistry(spec) {
  if (spec === "." || spec === ".." || /^(\.{1,2}\/|\/|~\/|file:)/.test(spec)) return true;
  if (TARBALL.test(spec) || spec.includes("://") || /^(git\+|git@|github:|gitlab:|bitbucket:|gist:)/.test(spec)) return true;
  return !spec.startsWith("@") && spec.includes("/");
}
var npm_pin_versions_default = defineRule({
  meta: {
    id: "npm-pin-versions",
    category: "pinning",
    severity: "warning",
    preset: "recommended",
    description: "`npm install`, `yarn add` or `pnpm add` of a named package without `@version`.",
    docs: {
      why: "`npm install -g typescript` installs whatever version is newest on the registry that day, so rebuilding the same Dockerfile gives a different image and a major release can break it. Name a version (`typescript@5.6.3`); a dist-tag such as `@latest` or `@next` moves just the same. Installing the project's own dependencies from its lockfile (`npm ci`, bare `npm install`, `yarn install --frozen-lockfile`) is fine, and so are tarballs, local folders and git URLs.",
      bad: "RUN npm install -g typescript ts-node@latest",
      good: "RUN npm install -g typescript@5.6.3 ts-node@10.9.2\nRUN npm ci --omit=dev"
    },
    fixable: false,
    covers: ["DL3016"]
  },
  check({ model, report }) {
    for (const install2 of nodeInstalls(model)) {
      const unpinned = [];
      const moving = [];
      for (const pkg of install2.packages) for (const value of knownValue(pkg)) {
        if (notRegistry(value)) continue;
        const { name, version } = versionOf(value);
        if (!NAME6.test(name)) continue;
        if (version === null || version === "" || version === "*") {
          unpinned.push({ range: pkg.range, shown: value, message: `npm package \`${value}\` is not pinned; install \`${name}@<version>\`.` });
        } else if (MOVING_TAGS.has(version.toLowerCase())) {
          moving.push({ range: pkg.range, shown: value, message: `\`${value}\` follows the moving dist-tag \`${version}\`; install \`${name}@<version>\`.` });
        }
      }
      reportUnpinned(report, install2.command, unpinned, (list, n) => `${n} npm packages are not pinned: ${list}; install each as \`name@<version>\`.`);
      reportUnpinned(report, install2.command, moving, (list, n) => `${n} npm packages follow a moving dist-tag: ${list}; install each as \`name@<version>\`.`);
    }
  }
});

// rules/numeric-user.ts
var numeric_user_default = defineRule({
  meta: {
    id: "numeric-user",
    category: "security",
    severity: "info",
    preset: "recommended",
    description: "The final image's `USER` is a name, not a numeric UID.",
    docs: {
      why: 'Kubernetes `runAsNonRoot: true` must prove the container does not run as UID 0, and it cannot look a user name up in the image: a pod with `USER app` is refused ("image has non-numeric user, cannot verify user is non-root"). A numeric `USER 10001` (or `10001:10001`) passes, works without an `/etc/passwd` entry, and maps predictably to file ownership on volumes. Not reported when the user comes from a variable (`USER ${UID}`), nor for `root` (see `non-root-user`).',
      bad: "RUN useradd --uid 10001 --no-log-init app\nUSER app",
      good: "RUN useradd --uid 10001 --no-log-init app\nUSER 10001:10001",
      fixSafety: "When the user is created in the image's own stages with a literal UID (`useradd -u 10001 app`, `adduser -u 10001 app`), the fix writes that UID in place of the name (`USER app:app` → `USER 10001:app`; a group stays as written). It is safe: the runtime looks a numeric user up in `/etc/passwd` too, so the container gets the same primary group, supplementary groups and `HOME`. No fix when the UID comes from a variable, when `-o` allows a shared UID, or when `usermod` or a second `useradd` touches the name."
    },
    fixable: true,
    fixKind: "safe",
    covers: ["DL3066"]
  },
  check({ model, report }) {
    const final = model.finalStage;
    const user = final?.endState.user;
    if (!final || !user || user.value.includes("$") || final.windows) return;
    const name = user.value.split(":")[0].replace(/^["']|["']$/g, "");
    if (!name || /^\d+$/.test(name) || name === "root") return;
    const uid = knownUid(final, name);
    const written = model.text.slice(model.lineIndex.offset(user.range.start), model.lineIndex.offset(user.range.end));
    const nameRange = { start: user.range.start, end: { line: user.range.start.line, column: user.range.start.column + name.length } };
    report({
      range: user.range,
      ...uid && (written === name || written.startsWith(`${name}:`)) ? { fix: { description: `Use UID ${uid}`, edits: [{ range: nameRange, text: uid }], safe: true } } : {},
      message: `\`USER ${user.value}\` names the user; use its numeric UID (e.g. \`USER 10001:10001\`) so Kubernetes \`runAsNonRoot\` can verify it is not root.`
    });
  }
});
function knownUid(stage, name) {
  const uids = [];
  for (const s of stage.lineage) {
    for (const ins of s.instructions) {
      for (const c of ins.run?.script?.commands ?? []) {
        const inv = c.invocation;
        if (!["useradd", "usermod", "adduser"].includes(inv.program ?? "") || inv.operands[inv.operands.length - 1]?.value !== name) continue;
        if (inv.program === "usermod" || inv.program === "adduser" && inv.operands.length !== 1 || hasOption(inv, "-o", "--non-unique")) return null;
        const uid = optionValue(inv, "-u", "--uid");
        const literal = uid !== null && /^\d+$/.test(uid) && c.args.some((w) => w.literal && [uid, `-u${uid}`, `--uid=${uid}`].includes(w.value));
        uids.push(literal ? uid : null);
      }
    }
  }
  return uids.length === 1 ? uids[0] : null;
}

// rules/official-base-image.ts
var official_base_image_default = defineRule({
  meta: {
    id: "official-base-image",
    category: "base-image",
    severity: "warning",
    preset: "recommended",
    description: "Base image that is neither a Docker Official Image, nor from a trusted publisher, nor allowed by the trusted registries/images settings.",
    docs: {
      why: "A base image runs with full access to your build and ends up in every container you ship. Docker Official Images (`python`, `ubuntu`, `node`, …) are rebuilt for security fixes and reviewed by Docker; GPU and ML stacks come from their vendors (`nvidia/cuda`, `nvcr.io/nvidia/*`, `pytorch/pytorch`, `tensorflow/tensorflow`, `rocm/*`, Hugging Face, vLLM, Ollama), and vendor base images from `mcr.microsoft.com`, `gcr.io/distroless`, `cgr.dev/chainguard`, Red Hat UBI, `quay.io/jupyter` and the ECR mirror of Docker Hub (`public.ecr.aws/docker/library`); the conda distributions' own namespaces (`continuumio`, `condaforge`, `mambaorg`), Intel, and the vendors' own base and build images (`docker/*`, `opensuse/*`, `quay.io/centos/*`, Google's marketplace and Cloud SDK images, `registry.k8s.io`, `amazon/*`, `public.ecr.aws/lambda/*`, `quay.io/pypa/*`), namespaces of Docker Hub's Verified Publisher and Docker-Sponsored Open Source programs common in AI and infrastructure images (`apache/*`, `grafana/*`, `hashicorp/*`, `bitnami/*`, `envoyproxy/*`, `otel/*`, `selenium/*`, …) and projects' own registries (Fedora's `quay.io/fedora`, Red Hat's, Prometheus', MinIO's) count too. Anything else is an image someone else controls: check who publishes it, or build on a trusted base.\n\nImages of your own registry are trusted once you say so (Docker Official Images and the publishers above always are, unlike hadolint's DL3026, which only runs when `trustedRegistries` is set and then trusts nothing else): list the registry in `trustedRegistries` (e.g. `ghcr.io/my-org`, `123456789012.dkr.ecr.us-east-1.amazonaws.com`) or the images in `trustedImages` (globs: `*` within a path component, `**` across, a trailing `/*` covers everything below). A single-name image that is not official is either a typo of one (`pyhton`: \"did you mean python?\", reported), a bare name for a famous namespaced image (`FROM pytorch`, `tensorflow`, `cuda`, `vllm`, `ollama`, `miniconda3`: Docker Hub has no such official image, and the message names the one meant, `pytorch/pytorch`, `nvidia/cuda`, …; reported), or an image built locally (`FROM my-base`, not reported). A trusted publisher's name is trusted only when spelled right: a namespace one typo away from a trusted publisher that publishes that repository (`nvidai/cuda`, `nvcr.io/nvida/pytorch`) and a repository one or two letters away from one its publisher is known for (`pytorch/pytroch`) are reported with the name meant; other repositories of a trusted publisher stay trusted. Former official images that Docker retired (`centos`, `java`, …) are reported: they get no updates any more. Stage references, `scratch`, images from a registry on the build machine (`localhost:5000/…`), images whose registry or namespace is a build argument (`FROM ${REGISTRY}/app:1`, or the whole reference: `FROM ${BASE_IMAGE}`; the default is only a default) and images that cannot be resolved are not reported.",
      bad: "FROM pyhton:3.12-slim\nFROM someuser/pytorch-cuda:latest\nFROM centos:7\nFROM pytorch:2.5.1\nFROM nvidai/cuda:12.4.1-runtime-ubuntu22.04",
      good: "FROM python:3.12-slim\nFROM pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime\nFROM rockylinux:9",
      options: "Settings (shared with other tools, not rule options): `trustedRegistries` (registry hosts, or host/path prefixes such as `ghcr.io/my-org`) and `trustedImages` (image globs such as `my-org/*` or `python:3.12-*`)."
    },
    fixable: false,
    covers: ["DL3026"],
    tags: ["security", "supply-chain"]
  },
  check({ model, settings, report }) {
    for (const stage of model.stages) {
      const { name, raw, range } = stage.image;
      if (!name) continue;
      if (namespaceFromVariable(raw)) continue;
      if (/^(localhost|127\.0\.0\.1)(:\d+)?$/.test(name.registry ?? "")) continue;
      const trust = baseImageTrust(name, settings);
      if (trust.kind === "retired") {
        const successor = trust.successor ? ` such as \`${trust.successor}\`` : "";
        report({
          range,
          message: `\`${name.familiar}\` is a retired Docker Official Image (deprecated since ${trust.year}, no security updates); move to a maintained base${successor}.`
        });
      } else if (trust.kind === "unknown") {
        if (trust.didYouMean) {
          report({ range, message: nearMessage(name.familiar, trust.didYouMean, trust.near) });
        } else if (name.registry === null && name.namespace === "library") {
          continue;
        } else {
          report({
            range,
            message: `\`${name.familiar}\` is not a Docker Official Image nor from a trusted publisher; check who maintains it, or trust it with the \`trustedImages\` setting (${trustSuggestion(name)}).`
          });
        }
      }
    }
  }
});
function nearMessage(image, meant, near) {
  switch (near) {
    case "bare":
      return `\`${image}\` is not a Docker Official Image: Docker Hub has no \`library/${image}\`, so this pulls nothing unless you build an image of that name locally; the published image is \`${meant}\`.`;
    case "publisher":
      return `\`${image}\` is not from a trusted publisher, though its name is one typo away; did you mean \`${meant}\`?`;
    case "repository":
      return `\`${image}\` is not one of the images its publisher is known for, and one typo away from one; did you mean \`${meant}\`?`;
    default:
      return `\`${image}\` is not a Docker Official Image; did you mean \`${meant}\`?`;
  }
}
function namespaceFromVariable(raw) {
  const marked = raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "$");
  const slash = marked.lastIndexOf("/");
  const name = marked.slice(0, marked.slice(slash + 1).search(/[:@]|$/) + slash + 1);
  return (slash >= 0 ? name.slice(0, slash) : name).includes("$");
}
function trustSuggestion(name) {
  const registry = name.registry ?? "docker.io";
  const owner = name.namespace ? name.registry ? `${name.registry}/${name.namespace}` : name.namespace : PUBLIC_REGISTRIES.has(registry) ? null : registry;
  return owner ? `\`${name.familiar}\`, or \`${owner}/*\` for every image of \`${owner}\`` : `\`${name.familiar}\``;
}

// rules/onbuild-invalid.ts
var FORBIDDEN = /* @__PURE__ */ new Set(["ONBUILD", "FROM", "MAINTAINER"]);
var onbuild_invalid_default = defineRule({
  meta: {
    id: "onbuild-invalid",
    category: "correctness",
    severity: "error",
    preset: "recommended",
    description: "`ONBUILD` triggers `ONBUILD`, `FROM` or `MAINTAINER`.",
    docs: {
      why: "`ONBUILD` stores an instruction to run when another Dockerfile builds `FROM` this image. Chaining `ONBUILD ONBUILD`, or triggering `FROM` or `MAINTAINER`, is not allowed: BuildKit rejects the Dockerfile.",
      bad: "ONBUILD ONBUILD RUN make",
      good: "ONBUILD RUN make"
    },
    fixable: false,
    covers: ["DL3043"]
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const trigger = ins.trigger?.keyword;
      if (ins.keyword !== "ONBUILD" || !trigger || !FORBIDDEN.has(trigger)) continue;
      report({
        range: ins.trigger.range,
        message: trigger === "ONBUILD" ? "`ONBUILD ONBUILD` is not allowed; an ONBUILD trigger cannot add another trigger." : `\`${trigger}\` is not allowed as an ONBUILD trigger; remove it from the ONBUILD instruction.`
      });
    }
  }
});

// rules/pip-no-cache-dir.ts
var PIP_CACHE_MOUNT = /(^|\/)\.cache(\/pip)?\/?$/;
var PIP_CACHE_PATH = /(^|\/)\.cache(\/pip)?(\/\*?)?\/?$/;
var pip_no_cache_dir_default = defineRule({
  meta: {
    id: "pip-no-cache-dir",
    category: "size",
    severity: "info",
    preset: "recommended",
    description: "`pip install` without `--no-cache-dir` leaves its download cache in the image layer.",
    docs: {
      why: "pip keeps every wheel it downloads in `~/.cache/pip`. In a container build that cache is written into the layer and shipped with the image, often hundreds of megabytes for ML stacks, and it is never used again. Pass `--no-cache-dir` (or set `ENV PIP_NO_CACHE_DIR=1`; pip disables the cache for any value of that variable), delete `~/.cache/pip` in the same `RUN`, or, better with BuildKit, mount a cache on it with `RUN --mount=type=cache,target=/root/.cache/pip`: rebuilds reuse the downloads and nothing lands in the layer. `uv pip install` is not reported (uv keeps its own cache; use `--no-cache` or a cache mount on `/root/.cache/uv`). Build-only stages (used by other stages: copied from, bind-mounted, built on, but not shipped themselves; a stage nothing uses is a `--target` and counts as shipped) are not reported unless a shipped stage copies the cache (or the home folder holding it) out of them: their layers do not ship.",
      bad: "RUN pip install -r requirements.txt",
      good: "RUN pip install --no-cache-dir -r requirements.txt\n# or, with BuildKit:\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt",
      fixSafety: 'The fix adds `--no-cache-dir` right after `install`, on each install reported; pip installs the same packages, only without reading or writing its cache. It is safe. It does not set `ENV PIP_NO_CACHE_DIR=1` even when a stage has several installs: an `ENV` also reaches every later `RUN` and the running container, which is more than the finding asks for. No fix when `install` is quoted, or inside a `sh -c "…"` string whose escapes move it.'
    },
    fixable: true,
    fixKind: "safe",
    covers: ["DL3042"]
  },
  check({ model, report }) {
    for (const install2 of pipInstalls(model)) {
      if (install2.tool !== "pip" || !installsSomething(install2) || cacheHandled(install2)) continue;
      const stage = install2.instruction.stage;
      if (stage && isBuildOnly(model, stage) && !cacheShips(model, stage, [pipCacheDir(install2.instruction)], (p) => /^\/(root|home(\/[^/]+)?)$/.test(p))) continue;
      const { command: command2, subcommand } = install2;
      const edit = insertAfterWord(model, subcommand, "--no-cache-dir");
      report({
        range: { start: programRange(command2).start, end: subcommand.range.end },
        message: "`pip install` leaves its download cache in the layer; add `--no-cache-dir` (or delete `~/.cache/pip` in the same `RUN`), or use `RUN --mount=type=cache,target=/root/.cache/pip`.",
        ...edit ? { fix: { description: "Add `--no-cache-dir`", edits: [edit], safe: true } } : {}
      });
    }
  }
});
function pipCacheDir(instruction) {
  const env = instruction.state.env;
  return env.get("PIP_CACHE_DIR") ?? `${(env.get("HOME") ?? "/root").replace(/\/+$/, "")}/.cache/pip`;
}
function installsSomething(install2) {
  if (hasOption(install2, "--dry-run", "--no-index")) return false;
  const { packages } = install2;
  if (hasOption(install2, "--no-deps") && packages.length > 0 && packages.every((w) => w.literal && w.value.endsWith(".whl"))) return false;
  return packages.length > 0 || hasOption(install2, "-r", "--requirement", "-e", "--editable");
}
function cacheHandled(install2) {
  const { instruction, command: command2 } = install2;
  if (hasOption(install2, "--no-cache-dir", "--cache-dir")) return true;
  const env = instruction.state.env;
  if (env.has("PIP_NO_CACHE_DIR") || env.has("PIP_CONFIG_FILE")) return true;
  const root = instruction.stage?.rootImage.name;
  if (root && disablesPipCache(root)) return true;
  const script = instruction.run.script;
  if (command2.assignments.some((a) => a.name === "PIP_NO_CACHE_DIR")) return true;
  if (script.commands.some((c) => setsNoCacheVariable(c) || deletesPipCache(c))) return true;
  if (cacheMounted(install2)) return true;
  return configuredEarlier(instruction);
}
function setsNoCacheVariable(cmd) {
  return (cmd.name === "export" || cmd.name === "env") && cmd.args.some((w) => w.value.startsWith("PIP_NO_CACHE_DIR="));
}
function deletesPipCache(cmd) {
  const inv = cmd.invocation;
  if (isCall(inv, "rm")) return inv.operands.some((w) => PIP_CACHE_PATH.test(w.value));
  return isCall(inv, "pip", "cache") && ["purge", "remove"].includes(inv.operands[0]?.value ?? "");
}
function cacheMounted(install2) {
  const { instruction } = install2;
  const env = instruction.state.env;
  const cacheDirs = [env.get("PIP_CACHE_DIR"), optionValue(install2, "--cache-dir")].filter((d) => !!d);
  for (const mount of instruction.run.mounts) {
    if (mount.type !== "cache" && mount.type !== "tmpfs") continue;
    if (mount.target === null) continue;
    const target = processWord(mount.target, env);
    if (target.unresolved.length) return true;
    const dir = target.value.replace(/\/+$/, "");
    if (PIP_CACHE_MOUNT.test(dir) || cacheDirs.some((d) => d.replace(/\/+$/, "") === dir)) return true;
  }
  return false;
}
function configuredEarlier(instruction) {
  for (let stage = instruction.stage; stage; stage = stage.parent) {
    for (const earlier of stage.instructions) {
      if (earlier.index >= instruction.index) break;
      if ((earlier.keyword === "COPY" || earlier.keyword === "ADD") && earlier.args.some((a) => /(^|\/)pip\.(conf|ini)$/.test(a.value))) return true;
      const commands = earlier.run?.script?.commands ?? [];
      if (commands.some((c) => c.args.some((w) => /no-cache-dir/.test(w.value) && !/\binstall\b/.test(w.value)) && !pipInstallWords(c))) return true;
    }
  }
  return false;
}
function pipInstallWords(cmd) {
  return cmd.args.some((w) => w.value === "install");
}

// rules/pip-pin-versions.ts
var BRANCHES = /* @__PURE__ */ new Set(["main", "master", "head", "develop", "dev", "trunk", "nightly"]);
var TOOLING = /* @__PURE__ */ new Set(["pip", "setuptools", "wheel", "uv", "pipx", "virtualenv"]);
var LOCAL_FILE = /\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip|egg)$/i;
var DIRECT_REFERENCE = /^[A-Za-z0-9][\w.-]*\s*(?:\[[^\]]*\])?\s*@\s*(\S.*)$/s;
var REQUIREMENT = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s;
function judge2(value) {
  const url = DIRECT_REFERENCE.exec(value)?.[1] ?? value;
  if (/^(git|hg|svn|bzr)\+/.test(url) || url.startsWith("git://")) return vcsVerdict(url);
  if (url.includes("://")) return /\/archive\/(refs\/heads\/)?[^/]+\.(zip|tar\.gz)$/.test(url) && BRANCHES.has(archiveRef(url)) ? { kind: "branch" } : { kind: "pinned" };
  if (/^[.~/]/.test(value) || value.includes("/") || LOCAL_FILE.test(value) || /[*?]/.test(value)) return { kind: "pinned" };
  const m = REQUIREMENT.exec(value);
  if (!m) return { kind: "pinned" };
  const name = m[1];
  const requirement2 = `${name}${m[2]?.replace(/\s+/g, "") ?? ""}`;
  const spec = m[3].split(";")[0].trim().replace(/^\((.*)\)$/, "$1");
  if (spec === "") return { kind: "unpinned", name, requirement: requirement2 };
  if (/(^|,)\s*===?/.test(spec)) return { kind: "pinned" };
  if (/^(~=|!=|<=?|>=?)/.test(spec)) return { kind: "range", name, requirement: requirement2 };
  return { kind: "pinned" };
}
function vcsVerdict(url) {
  const path17 = url.replace(/^[a-z+]+:\/\/[^/]*/, "").replace(/#.*$/, "");
  const at = path17.lastIndexOf("@");
  if (at < 0) return { kind: "branch" };
  return BRANCHES.has(path17.slice(at + 1).toLowerCase()) ? { kind: "branch" } : { kind: "pinned" };
}
function archiveRef(url) {
  return url.split("/").pop().replace(/\.(zip|tar\.gz)$/, "").toLowerCase();
}
function normalize(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var pip_pin_versions_default = defineRule({
  meta: {
    id: "pip-pin-versions",
    category: "pinning",
    severity: "warning",
    preset: "recommended",
    description: "`pip install` of a named package without an exact `==` pin.",
    docs: {
      why: "`pip install requests` installs whatever is newest on the index on the day of the build, so the same Dockerfile produces different images and a release upstream can break a rebuild. Pin each package with `==` (ranges such as `>=` or `~=` still move), install from a pinned requirements or constraints file (`-r`, `-c`), or install a local path, wheel file, direct URL or VCS reference at a tag or commit. `pip install --upgrade pip setuptools wheel` is reported too: those upgrades change the build tooling itself; list such packages in the `allow` option if you accept them unpinned. Values the linter cannot know (`torch==${TORCH_VERSION}`, `$(cat packages.txt)`) are not reported, nor `torchvision` and `torchaudio` installed unpinned next to an exactly pinned `torch` (their releases require one exact torch, so the torch pin fixes them too).",
      bad: 'RUN pip install --no-cache-dir flask gunicorn "numpy>=1.26"',
      good: "RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0 numpy==1.26.4\nRUN pip install --no-cache-dir -r requirements.txt",
      options: '`allow`: package names accepted without a pin, e.g. `["pip", "setuptools", "wheel"]` (default: none).'
    },
    fixable: false,
    covers: ["DL3013"],
    options: {
      type: "object",
      properties: {
        allow: { type: "array", items: { type: "string" }, uniqueItems: true, description: "Package names accepted without a pin." }
      },
      additionalProperties: false
    }
  },
  check({ model, options, report }) {
    const allow = new Set((options.allow ?? []).map(normalize));
    for (const install2 of pipInstalls(model)) {
      const env = install2.instruction.state.env;
      if (hasOption(install2, "-c", "--constraint", "--no-index", "--override", "--from", "--dry-run")) continue;
      if (env.has("PIP_CONSTRAINT") || env.has("UV_CONSTRAINT") || env.has("PIP_NO_INDEX")) continue;
      if (install2.command.assignments.some((a) => a.name === "PIP_CONSTRAINT" || a.name === "PIP_NO_INDEX")) continue;
      const unpinned = [];
      const ranges2 = [];
      const branches = [];
      let tooling = false;
      const torchPinned = install2.packages.some((pkg) => /^["']?torch\s*===?\s*[^\s,;]+["']?$/i.test(pkg.value));
      for (const pkg of install2.packages) for (const value of knownValue(pkg)) {
        const verdict = judge2(value);
        if (verdict.kind === "pinned") continue;
        if (verdict.kind === "unpinned" && torchPinned && TORCH_LOCKSTEP_PACKAGES.has(normalize(verdict.name))) continue;
        if (verdict.kind === "branch") {
          branches.push({ range: pkg.range, shown: value, message: `\`${value}\` follows a branch, so each build may get new code; point it at a tag or commit.` });
          continue;
        }
        if (allow.has(normalize(verdict.name))) continue;
        const isTooling = TOOLING.has(normalize(verdict.name));
        tooling ||= verdict.kind === "unpinned" && isTooling;
        const hint = `\`${verdict.requirement}==<version>\`${isTooling ? " (or list it in this rule's `allow` option)" : ""}`;
        if (verdict.kind === "range") {
          ranges2.push({ range: pkg.range, shown: value, message: `\`${value}\` allows a range of versions; pin one exactly with ${hint}.` });
        } else {
          const shown = value.split(";")[0].trim();
          unpinned.push({ range: pkg.range, shown, message: `Python package \`${shown}\` is not pinned; install ${hint}.` });
        }
      }
      const allowHint = tooling ? " (or list the build tooling in this rule's `allow` option)" : "";
      reportUnpinned(report, install2.command, unpinned, (list, n) => `${n} Python packages are not pinned: ${list}; install each as \`name==<version>\`${allowHint}.`);
      reportUnpinned(report, install2.command, ranges2, (list, n) => `${n} requirements allow a range of versions: ${list}; pin each exactly with \`name==<version>\`.`);
      reportUnpinned(report, install2.command, branches, (list, n) => `${n} references follow a branch, so each build may get new code: ${list}; point each at a tag or commit.`);
    }
  }
});

// rules/pointless-commands.ts
var POINTLESS = {
  ssh: "opens a remote session",
  telnet: "opens a remote session",
  rlogin: "opens a remote session",
  rsh: "opens a remote session",
  mosh: "opens a remote session",
  vim: "is an interactive editor",
  vi: "is an interactive editor",
  nano: "is an interactive editor",
  pico: "is an interactive editor",
  emacs: "is an interactive editor",
  joe: "is an interactive editor",
  micro: "is an interactive editor",
  shutdown: "powers off a machine",
  service: "manages services of a running system",
  ps: "lists running processes",
  free: "reports memory of the build machine",
  top: "monitors running processes",
  kill: "signals running processes",
  mount: "mounts filesystems",
  ifconfig: "configures network interfaces"
};
var pointless_commands_default = defineRule({
  meta: {
    id: "pointless-commands",
    category: "correctness",
    severity: "info",
    preset: "recommended",
    description: "A command that makes no sense in an image build (remote shells such as `ssh` or `telnet`, interactive editors such as `vim` or `nano`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`).",
    docs: {
      why: "A `RUN` step executes once, without a terminal, in a throwaway container whose processes all stop when the step ends. Interactive programs (`vim`, `top`, `ssh`) hang or fail, and commands that act on a running system (`service … start`, `kill`, `ps`, `free`, `mount`, `shutdown`, `ifconfig`) either fail without privileges or affect nothing that is kept in the image. Start services from `CMD`/`ENTRYPOINT` (or a process manager) at run time, and configure files instead of live state.\n\nOnly commands that are run are reported: installing `vim` or `procps`, `ssh-keygen`, `command -v ps`, and `vim` in batch mode (`vim -es +PlugInstall +qall`) are fine.",
      bad: "RUN service nginx start && vim /etc/nginx/nginx.conf",
      good: 'COPY nginx.conf /etc/nginx/nginx.conf\nCMD ["nginx", "-g", "daemon off;"]'
    },
    fixable: false,
    covers: ["DL3001"]
  },
  check({ model, report }) {
    for (const { command: command2 } of runCommands(model)) {
      const name = command2.name;
      if (name === null || !Object.hasOwn(POINTLESS, name)) continue;
      if ((name === "vim" || name === "vi" || name === "emacs") && batchEditor(command2)) continue;
      report({
        range: command2.argv[0].range,
        message: `\`${name}\` ${POINTLESS[name]}, which has no lasting effect in an image build; ${name === "service" ? "start services from `CMD`/`ENTRYPOINT` at run time instead" : "remove it from the RUN"}.`
      });
    }
  }
});
function batchEditor(cmd) {
  return cmd.args.some((w) => /^\+/.test(w.value) || /^-[a-zA-Z]*[esc]$/.test(w.value) || ["--cmd", "--version", "--not-a-term", "--batch", "--script", "-batch"].includes(w.value));
}

// rules/requirements-pin-versions.ts
var requirements_pin_versions_default = defineRule({
  meta: {
    id: "requirements-pin-versions",
    category: "pinning",
    severity: "warning",
    preset: "recommended",
    description: "A requirements file installed with `pip install -r` holds a requirement without an exact `==` pin.",
    docs: {
      why: "`pip install -r requirements.txt` installs whatever versions satisfy the file on the day of the build. With `torch>=2.0` or a bare `numpy` two builds of the same commit get different libraries, and a new release can break the image without any change on your side. The rule follows `COPY`/`ADD` (and `RUN --mount=type=bind`) from the build context to the file that the `RUN` installs, reads it with its `-r`/`-c` includes, and reports each requirement that is not pinned with `==` / `===`, a hash (`--hash=`), or a direct reference to an archive or a VCS commit. A name pinned by a constraints file (`-c`, `PIP_CONSTRAINT`) counts as pinned, and so does the `pip:` section of a conda environment file. It needs the build context: the Dockerfile's folder by default, or `--context DIR`. Generate the pins with `pip-compile`, `uv pip compile` or `pip freeze`.",
      bad: "# requirements.txt\nfastapi>=0.110\ntorch\n\n# Dockerfile\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt",
      good: "# requirements.txt (uv pip compile requirements.in -o requirements.txt)\nfastapi==0.115.6\ntorch==2.5.1\n\n# Dockerfile\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt"
    },
    fixable: false,
    covers: []
  },
  check({ model, buildContext, report }) {
    if (!buildContext || !contextLooksRight(model, buildContext)) return;
    for (const entry of unpinnedRequirements(model, buildContext)) {
      report({
        file: displayPath(model.path, buildContext, entry.file),
        range: entry.range,
        message: `Requirement \`${entry.text}\` in ${entry.file} is not pinned to an exact version (installed by ${installedBy(model, entry)}); pin it with \`==\` (e.g. generate the file with \`pip-compile\` or \`uv pip compile\`).`,
        related: [{ range: entry.install.instruction.range, message: `the RUN that installs ${entry.file}` }]
      });
    }
  }
});

// rules/rpm-cleanup.ts
var ZYPPER_PROMPTS = ["install", "remove", "source-install", "patch"];
var RPM_CACHE = ["/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/tdnf"];
var ZYPP_CACHE = ["/var/cache/zypp"];
var ASSUME_YES_CONFIG2 = /assumeyes\s*=\s*(1|true|yes)\b/i;
var rpm_cleanup_default = defineRule({
  meta: {
    id: "rpm-cleanup",
    category: "size",
    severity: "info",
    preset: "recommended",
    description: "`yum`/`dnf`/`microdnf`/`zypper install` without a `clean all` (or cache mount) in the same `RUN`, or without `-y` / non-interactive mode.",
    docs: {
      why: "yum, dnf and zypper keep downloaded packages and repository metadata (often hundreds of MB for dnf) under `/var/cache`; unless the same `RUN` runs `yum clean all` / `dnf clean all` / `microdnf clean all` / `zypper clean --all`, they stay in the layer. With BuildKit a cache mount on the cache folder keeps them out of the layer and speeds up rebuilds. Separately, `yum`/`dnf install` without `-y` and `zypper` without `-n` wait for a confirmation a build cannot give, and the build fails.",
      bad: "RUN dnf install python3.12",
      good: "RUN dnf install -y python3.12 && dnf clean all\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y python3.12",
      fixSafety: "The fix ends the same `RUN` with the tool's own clean (`dnf clean all`, `yum clean all`, `microdnf clean all`, `tdnf clean all`, `zypper clean --all`, the program written as in the install), joined with `&&` in the `RUN`'s continuation style so the `RUN` still fails when its commands fail. yum and dnf fetch the metadata again when a later install needs it, so their fix is safe; zypper's is unsafe when a later `RUN` of the stage (or of a stage built `FROM` it) uses zypper, which may then find no repository metadata without `zypper refresh`. The missing `-y`/`-n` has no fix. No fix for exec form, a last command sent to the background, or an install run through a wrapper other than `sudo`."
    },
    fixable: true,
    fixKind: "mixed",
    covers: ["DL3030", "DL3032", "DL3034", "DL3036", "DL3038", "DL3040"]
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run.script;
      const rpm = cacheFillsIn(script, "rpm");
      const zypper = callsIn(script, "zypper", ["install"]);
      const prompting = callsIn(script, "zypper", ZYPPER_PROMPTS);
      if (!ins.stage || rpm.length === 0 && prompting.length === 0) continue;
      for (const call of rpm) {
        const name = call.invocation.program;
        if (name === "microdnf") continue;
        if (call.invocation.opaqueOptions || hasOption(call.invocation, "-y", "--assumeyes") || settingWrittenBefore(model, ins, ASSUME_YES_CONFIG2)) continue;
        report({ range: call.subcommand.range, message: `\`${name} ${call.invocation.path.map((w) => w.value).join(" ")}\` without \`-y\` stops at the confirmation prompt and fails the build; add \`-y\`.` });
      }
      for (const call of prompting) {
        if (call.invocation.opaqueOptions || hasOption(call.invocation, "-n", "-y", "--non-interactive", "--no-confirm")) continue;
        report({
          range: call.subcommand.range,
          message: `\`zypper ${call.subcommand.value}\` without \`-n\` waits for an answer the build cannot give; use \`zypper -n ${call.subcommand.value}\` (or \`--non-interactive\`).`
        });
      }
      if (runsCleanupScript(script) || !cacheShips(model, ins.stage, [...RPM_CACHE, ...ZYPP_CACHE])) continue;
      const rpmCleaned = hasCacheMountOn(ins, RPM_CACHE) || runsClean(script, "rpm", (inv) => inv.subcommand === "clean" && inv.operands.some((w) => w.value === "all")) || removesPath(script, (p) => RPM_CACHE.some((d) => p === d || p.startsWith(d + "/")));
      if (!rpmCleaned && rpm[0]) reportClean(ins, rpm[0], "clean all", "/var/cache/" + cacheDirOf(rpm[0]), true);
      const zypperCleaned = hasCacheMountOn(ins, ZYPP_CACHE) || runsClean(script, "zypper", (inv) => inv.subcommand === "clean" || inv.subcommand === "cc") || removesPath(script, (p) => p === ZYPP_CACHE[0] || p.startsWith(ZYPP_CACHE[0] + "/"));
      if (!zypperCleaned && zypper[0]) reportClean(ins, zypper[0], "clean --all", "/var/cache/zypp", !zypperUsedLater(model, ins));
    }
    function reportClean(ins, call, clean, dir, safe) {
      const program = programText(model, call.command);
      const prefix = runAsPrefix(call.command);
      const command2 = `${prefix ?? ""}${program ?? ""} ${clean}`;
      const edit = program === null || prefix === null ? null : appendCommand(model, ins, command2);
      report({
        range: call.subcommand.range,
        message: `\`${call.invocation.program} ${call.invocation.path.map((w) => w.value).join(" ")}\` leaves its package cache in the layer; end the same \`RUN\` with \`${call.invocation.program} ${clean}\`, or use \`RUN --mount=type=cache,target=${dir}\`.`,
        ...edit ? { fix: { description: `End the \`RUN\` with \`${command2}\``, edits: [edit], safe } } : {}
      });
    }
  }
});
function cacheDirOf(call) {
  return call.invocation.program === "yum" ? "yum" : call.invocation.program === "tdnf" ? "tdnf" : "dnf";
}
function zypperUsedLater(model, ins) {
  return model.stages.some(
    (stage) => stage.lineage.includes(ins.stage) && stage.instructions.some((later) => later.keyword === "RUN" && (stage !== ins.stage || later.index > ins.index) && !!later.run?.script?.commands.some((c) => c.invocation.tool === "zypper"))
  );
}

// rules/rpm-pin-versions.ts
var NAME7 = /^[A-Za-z0-9_][\w+.~^-]*$/;
var KIND = /^(pattern|patch|product|srcpackage|application):/;
function hasRpmVersion(spec) {
  const parts = spec.split("-");
  const versionLike = (part2) => !!part2 && /^\d/.test(part2) && /[.*:]/.test(part2);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !/^\d/.test(last)) return false;
  return versionLike(last) || parts.length > 2 && versionLike(parts[parts.length - 2]);
}
var rpm_pin_versions_default = defineRule({
  meta: {
    id: "rpm-pin-versions",
    category: "pinning",
    severity: "warning",
    preset: "recommended",
    description: "`yum`/`dnf`/`microdnf`/`zypper install` of a package without a version.",
    docs: {
      why: "An unpinned `dnf install git` installs whatever the repositories carry on the day of the build, so two builds of the same Dockerfile differ. Name the version: `git-2.43.5` (or `git-2.43*`) for yum, dnf and microdnf, `git=2.43.0` for zypper. Local `.rpm` files, URLs, groups (`@development`) and capabilities (`/usr/bin/make`, `perl(JSON)`) are not reported, nor installs on a rolling release (openSUSE Tumbleweed, Fedora Rawhide), whose repositories keep only the current build of each package: a pin there breaks at the next snapshot, so pin the base image instead (see `base-image-tag`).",
      bad: "RUN dnf install -y git python3-pip && dnf clean all",
      good: "RUN dnf install -y git-2.43.5 python3-pip-21.3.1 && dnf clean all"
    },
    fixable: false,
    covers: ["DL3033", "DL3041", "DL3037"]
  },
  check({ model, report }) {
    for (const { instruction, command: command2, manager, packages } of rpmInstalls(model)) {
      if (instruction.stage?.rootImage.rollingRelease) continue;
      const unpinned = [];
      for (const pkg of packages) for (const v of knownValue(pkg)) {
        if (v.startsWith("@") || v.includes("/") || v.endsWith(".rpm") || KIND.test(v)) continue;
        if (/[=<>]/.test(v) || hasRpmVersion(v) || !NAME7.test(v)) continue;
        const pin = manager === "zypper" ? `${v}=<version>` : `${v}-<version>`;
        unpinned.push({ range: pkg.range, shown: v, message: `${manager} package \`${v}\` is not pinned; install \`${pin}\`.` });
      }
      const form = manager === "zypper" ? "name=<version>" : "name-<version>";
      reportUnpinned(report, command2, unpinned, (list, n) => `${n} ${manager} packages are not pinned: ${list}; install each as \`${form}\`.`);
    }
  }
});

// src/knowledge/secrets.ts
var SECRET_NOUNS = /* @__PURE__ */ new Set([
  "token",
  "secret",
  "password",
  "passwd",
  "pword",
  "passphrase",
  "pass",
  "apikey",
  "credential",
  "credentials",
  "key",
  "accesskey",
  "secretkey",
  "privatekey"
]);
var VALUE_TAILS = /* @__PURE__ */ new Set(["id", "base", "value", "data", "content", "contents", "b64", "base64", "json", "pem", "str", "string", "raw", "hash", "encoded", "plain", "plaintext"]);
var NOT_SECRET_QUALIFIERS = {
  // public keys, GPG fingerprints, data-structure keys
  key: /* @__PURE__ */ new Set(["gpg", "pgp", "gnupg", "repo", "apt", "cache", "sort", "partition", "primary", "foreign", "hot", "map", "lookup", "routing", "idempotency"]),
  // a tokenizer's special tokens and token counts
  token: /* @__PURE__ */ new Set(["bos", "eos", "pad", "unk", "sep", "cls", "mask", "bot", "eot", "special", "start", "end", "stop", "image", "max", "min", "num", "total"]),
  // public material and switches (`MYSQL_ALLOW_EMPTY_PASSWORD`, `USE_AUTH_TOKEN`)
  "*": /* @__PURE__ */ new Set(["public", "pub", "publishable", "anon", "allow", "empty", "random", "generate", "require", "skip", "no", "disable", "enable", "use", "reset", "expire", "prompt"])
};
var PATH_VARIABLES = /* @__PURE__ */ new Set(["GOOGLE_APPLICATION_CREDENTIALS"]);
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var COMPOUND_TOKEN = /^(hf|gh|git|github|gitlab|npm|pypi|api|auth|access|bearer|refresh|session|pat)token$/;
function isSecretNoun(word2) {
  return SECRET_NOUNS.has(word2) || COMPOUND_TOKEN.test(word2);
}
function isSecretName(name) {
  if (PATH_VARIABLES.has(name.toUpperCase())) return false;
  const words = nameWords(name);
  for (let i = words.length - 1; i >= 0; i--) {
    if (!isSecretNoun(words[i])) continue;
    const tail = words.slice(i + 1);
    if (!tail.every((w) => VALUE_TAILS.has(w))) return false;
    const before3 = words.slice(0, i);
    const own = before3.includes("private") || before3.includes("secret") ? void 0 : NOT_SECRET_QUALIFIERS[words[i]];
    if (before3.some((w) => NOT_SECRET_QUALIFIERS["*"].has(w) || own?.has(w))) return false;
    if (tail.includes("id") && !(words[i] === "key" && words[i - 1] === "access") && words[i] !== "accesskey") return false;
    return true;
  }
  return false;
}
var KEY_MATERIAL_QUALIFIERS = /* @__PURE__ */ new Set(["secret", "private", "api", "access", "encryption", "signing", "master", "hmac", "jwt", "ssh", "aes", "license"]);
function valueDecides(name) {
  const words = nameWords(name);
  let head = words.length - 1;
  while (head >= 0 && !isSecretNoun(words[head])) head--;
  return head >= 0 && words[head] === "key" && !words.slice(0, head).some((w) => KEY_MATERIAL_QUALIFIERS.has(w));
}
function isNameLikeValue(value) {
  return /^[A-Za-z]+(?:[_.:-]+[A-Za-z]+)*$/.test(unquote(value));
}
function isHarmlessValue(value) {
  const v = unquote(value);
  return /^(true|false|yes|no|on|off|none|null|0|1)$/i.test(v) || /^(\/|~\/|\.\/|\.\.\/)[^\s:@]*$/.test(v);
}
function unquote(value) {
  return value.trim().replace(/^(['"])([\s\S]*)\1$/, "$2").trim();
}
var CREDENTIAL_PATTERNS = [
  [/^hf_[A-Za-z0-9]{30,}$/, "a Hugging Face token"],
  [/^sk-ant-(?:api|admin|oat|sid)[0-9]{2}-[A-Za-z0-9_-]{20,}$/, "an Anthropic API key"],
  [/^sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}$/, "an OpenAI API key"],
  [/^sk-[A-Za-z0-9_-]{20,}$/, "an API secret key (`sk-…`)"],
  [/^gsk_[A-Za-z0-9]{40,}$/, "a Groq API key"],
  [/^r8_[A-Za-z0-9]{30,}$/, "a Replicate API token"],
  [/^AIza[0-9A-Za-z_-]{35}$/, "a Google API key"],
  [/^pplx-[A-Za-z0-9]{40,}$/, "a Perplexity API key"],
  [/^xai-[A-Za-z0-9]{40,}$/, "an xAI API key"],
  [/^lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}$/, "a LangSmith API key"],
  [/^(AKIA|ASIA)[0-9A-Z]{16}$/, "an AWS access key id"],
  [/^gh[pousr]_[A-Za-z0-9]{36,}$/, "a GitHub token"],
  [/^github_pat_[A-Za-z0-9_]{22,}$/, "a GitHub token"],
  [/^glpat-[A-Za-z0-9_-]{20,}$/, "a GitLab token"],
  [/^xox[abprs]-[A-Za-z0-9-]{10,}$/, "a Slack token"],
  [/^npm_[A-Za-z0-9]{36}$/, "an npm token"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"]
];
var PLACEHOLDER = /x{6,}|\.{3}|<[^>]*>|your[-_]|example|placeholder|changeme|dummy/i;
function credentialIn(value) {
  const v = unquote(value);
  for (const [re, what] of CREDENTIAL_PATTERNS) if (re.test(v)) return PLACEHOLDER.test(v) && what !== "a private key" ? null : what;
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/@\s:]+):([^/@\s]+)@/i.exec(v);
  if (url && !url[2].includes("$") && !PLACEHOLDER.test(url[2]) && !/^(\*+|password|pass|token)$/i.test(url[2])) return "a URL with a user name and password";
  return null;
}

// rules/secrets-in-arg-env.ts
function secretMount(name) {
  return `\`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name} …\` (built with \`--secret id=${name.toLowerCase()},env=${name}\`)`;
}
function unquoted(value) {
  return value.trim().replace(/^(['"])([\s\S]*)\1$/, "$2");
}
function holdsSecret(keyword, p) {
  if (p.rawValue === null) return keyword === "ARG";
  if (unquoted(p.rawValue) === "") return keyword === "ARG";
  if (valueDecides(p.name) && isNameLikeValue(p.rawValue)) return false;
  return !isHarmlessValue(p.rawValue);
}
var secrets_in_arg_env_default = defineRule({
  meta: {
    id: "secrets-in-arg-env",
    category: "security",
    severity: "error",
    preset: "recommended",
    description: "`ARG`/`ENV` that holds a secret (a token, password or key by its name, or a value that looks like a credential).",
    docs: {
      why: "`ENV` values are stored in the image configuration, and `ARG` values (defaults and `--build-arg` values alike) are recorded in the image history and build metadata: anyone who can pull the image can read them with `docker history` or `docker inspect`, and they stay in every layer cache and registry mirror. This applies to the tokens AI images need most (`HF_TOKEN`, `OPENAI_API_KEY`, `WANDB_API_KEY`, `NGC_API_KEY`, cloud keys).\n\nPass build-time secrets with a secret mount, which exists only for one `RUN` and never reaches the image: `RUN --mount=type=secret,id=hf_token,env=HF_TOKEN huggingface-cli download …`, built with `docker build --secret id=hf_token,env=HF_TOKEN .`; pass run-time secrets with `docker run -e`/`--env-file` or your orchestrator's secrets.\n\nA name counts as a secret when its last word is a secret noun (`token`, `secret`, `password`, `passphrase`, `key`, `credentials`, `api_key`, …), possibly followed by words that still name the value (`SECRET_KEY_BASE`, `AWS_ACCESS_KEY_ID`). Names about a secret rather than holding one are not reported: paths and files (`HF_TOKEN_PATH`, `DB_PASSWORD_FILE`, `SSH_KEY_PATH`, `GOOGLE_APPLICATION_CREDENTIALS`), settings (`PASSWORD_MIN_LENGTH`, `MAX_TOKENS`, `TOKENIZERS_PARALLELISM`, `TOKENIZER_PATH`), switches (`MYSQL_ALLOW_EMPTY_PASSWORD`), tokenizer special tokens (`EOS_TOKEN`), public keys (`PUBLIC_KEY`, `KEYRING`) and GPG key fingerprints (`GPG_KEY`, set by the official Python images: unlike BuildKit's SecretsUsedInArgOrEnv, dlint does not report it, because a fingerprint is public). `ENV` set to an empty value, `true`/`false`/`0`/`1` or an absolute path is not reported. A name ending in a bare `key` (no `secret`, `private`, `api`, `access`, `encryption`, `signing`, … before it) may be a configuration key (`Filters__0__Key=ProcessId`): it is reported only when its value is not a plain name of letters and separators. Any `ARG`/`ENV` whose value looks like a credential is reported whatever its name (`ENV CFG=AKIA…` too), judged by the value's shape: Hugging Face (`hf_…`), Anthropic (`sk-ant-api03-…`), OpenAI (`sk-proj-…` and other `sk-…`), Groq (`gsk_…`), Replicate (`r8_…`), Google (`AIza…`), Perplexity (`pplx-…`), xAI (`xai-…`) and LangSmith (`lsv2_pt_…`) keys, AWS access key ids (`AKIA…`, `ASIA…`), GitHub (`ghp_…`, `github_pat_…`), GitLab, Slack and npm tokens, private key blocks, and URLs with a password (`PIP_INDEX_URL=https://user:pass@…`).",
      bad: "ARG HF_TOKEN\nENV HF_TOKEN=$HF_TOKEN\nRUN huggingface-cli download meta-llama/Llama-3.1-8B",
      good: "# syntax=docker/dockerfile:1.10\nRUN --mount=type=secret,id=hf_token,env=HF_TOKEN \\\n    huggingface-cli download meta-llama/Llama-3.1-8B",
      fixSafety: "Unsafe: the value no longer comes from the Dockerfile or `--build-arg`: the build must pass it with `docker build --secret id=<name>,env=<NAME>` (without it the variable is unset), and a removed `ENV` is no longer set in the running container (pass it with `docker run -e`). The fix removes the `ARG`/`ENV` (only when it declares nothing else) and gives the `RUN`s that name the variable (or, when none does, every `RUN` that saw it, since a program may read it from the environment: later in its stage and, for `ENV`, in stages built `FROM` it) `--mount=type=secret,id=<name>,env=<NAME>`, which sets it for that `RUN` alone; it adds `# syntax=docker/dockerfile:1` when the file names no frontend, since secret mounts as variables need Dockerfile 1.10. No fix when the variable is used outside `RUN` (another instruction expands it, `CMD`/`ENTRYPOINT`/`HEALTHCHECK` read it), is declared more than once, is a global `ARG`, or the file names an older frontend."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: ["SecretsUsedInArgOrEnv", "DL3064"],
    tags: ["security"]
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      const keyword = instruction.keyword;
      if (keyword !== "ARG" && keyword !== "ENV") continue;
      for (const p of instruction.properties) {
        if (isSecretName(p.name)) {
          if (!holdsSecret(keyword, p)) continue;
          const where = keyword === "ARG" ? "its value (a default or `--build-arg`) is recorded in the image history" : "its value is stored in the image configuration for anyone who pulls the image";
          report({ range: p.nameRange, message: `\`${keyword} ${p.name}\` holds a secret and ${where}; use ${secretMount(p.name)} instead.`, ...mountFix(model, instruction, p) });
          continue;
        }
        const credential = p.rawValue ? credentialIn(p.rawValue) : null;
        if (credential && p.valueRange) {
          report({
            range: p.valueRange,
            message: `The value of \`${keyword} ${p.name}\` looks like ${credential}, which stays readable in the image; remove it and use ${secretMount(p.name)} instead.`,
            ...mountFix(model, instruction, p)
          });
        }
      }
    }
  }
});
function mentions2(ins, name) {
  if (ins.expansions.some((e) => e.name === name)) return true;
  const ref = new RegExp(`\\$(${name}\\b|\\{${name}\\W)`);
  return (ins.script?.commands ?? []).some((c) => c.argv.some((w) => ref.test(w.value)) || c.assignments.some((a) => ref.test(a.value)));
}
function frontendReadsSecretEnv(model) {
  const syntax = model.directives.find((d) => d.name.toLowerCase() === "syntax");
  if (!syntax) return "add";
  const m = /^(?:docker\.io\/)?docker\/dockerfile:(\d+)(?:\.(\d+))?/.exec(syntax.value.trim());
  return !!m && (m[2] === void 0 ? m[1] === "1" : Number(m[1]) > 1 || Number(m[2]) >= 10);
}
function mountFix(model, ins, p) {
  const stage = ins.stage;
  const frontend = frontendReadsSecretEnv(model);
  if (!stage || ins.properties.length !== 1 || !frontend) return {};
  const after = stage.instructions.slice(stage.instructions.indexOf(ins) + 1);
  const inScope = ins.keyword === "ENV" ? [...after, ...model.stages.filter((s) => s !== stage && s.lineage.includes(stage)).flatMap((s) => s.instructions)] : after;
  const chained = ins.keyword === "ENV" && ins.expansions.some((e) => e.name === p.name);
  const declarations = [...stage.lineage.flatMap((s) => s.instructions), ...inScope].filter(
    (i) => i !== ins && !(chained && i.keyword === "ARG") && i.properties.some((q) => q.name === p.name)
  );
  if (declarations.length) return {};
  const runs = [];
  for (const i of inScope) {
    if (i.keyword === "RUN") runs.push(i);
    else if (mentions2(i, p.name) || i.keyword === "ONBUILD" && i.trigger?.instruction && mentions2(i.trigger.instruction, p.name)) return {};
  }
  const users = runs.filter((r) => mentions2(r, p.name));
  const id = p.name.toLowerCase();
  const mount = `--mount=type=secret,id=${id},env=${p.name}`;
  const next = { line: ins.range.end.line + 1, column: 1 };
  const edits = [{ range: { start: { line: ins.range.start.line, column: 1 }, end: next }, text: "" }];
  for (const run of users.length ? users : runs) {
    if (run.run?.mounts.some((m) => m.type === "secret" && m.id === id)) continue;
    edits.push({ range: { start: run.keywordRange.end, end: run.keywordRange.end }, text: ` ${mount}` });
  }
  if (frontend === "add") {
    const at = { line: Math.max(0, ...model.directives.map((d) => d.range.end.line)) + 1, column: 1 };
    edits.unshift({ range: { start: at, end: at }, text: "# syntax=docker/dockerfile:1\n" });
  }
  return { fix: { description: `Remove \`${ins.keyword} ${p.name}\` and mount the secret \`${id}\` as \`${p.name}\` in RUN`, edits, safe: false } };
}

// rules/server-bind-address.ts
var ORIGIN = {
  default: "its default",
  flag: "set on the command line",
  env: "set by an environment variable",
  "config-file": "set in its config file",
  "base-image": "set by the base image"
};
var server_bind_address_default = defineRule({
  meta: {
    id: "server-bind-address",
    category: "runtime",
    severity: "error",
    preset: "recommended",
    description: "The server started by `CMD`/`ENTRYPOINT` listens on loopback only, out of reach of `docker run -p`.",
    docs: {
      why: "Inside a container `127.0.0.1` is the container's own loopback: a port published with `docker run -p 8000:8000` forwards to the container's network interface, where nothing listens, and every request fails with \"connection reset\". uvicorn, gunicorn, hypercorn, `fastapi dev`, `flask run`, gradio, jupyter, tensorboard, `ollama serve`, mlflow and torchserve listen on loopback unless told otherwise; streamlit, `fastapi run`, vLLM, Triton, text-generation-inference and bentoml listen on every interface by default. The rule finds the server in the final image's `CMD`/`ENTRYPOINT` (through `python -m`, `sh -c`, `exec`, `tini`, `uv run`, an entrypoint script followed by a CMD), and reads the address from flags (`--host`, `--bind`, `--ip`, `--bind_all`), the variables the server reads (`UVICORN_HOST`, `FLASK_RUN_HOST`, `GUNICORN_CMD_ARGS`, `PORT` for gunicorn, `GRADIO_SERVER_NAME`, `OLLAMA_HOST`, `MLFLOW_HOST`, …), `gunicorn.conf.py`, flask's `.flaskenv`/`.env` and torchserve's `config.properties` from the build context, and base images that configure the server (`ollama/ollama`, `pytorch/torchserve`, jupyter docker-stacks). When the address cannot be known (an unset variable, a config file it cannot read) it stays silent.",
      bad: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["uvicorn", "app:app", "--port", "8000"]',
      good: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]',
      fixSafety: "Safe: the fix only changes the address the server binds, where the server takes it on its command line: the loopback value written after `--host`, `--bind` or `--ip=` becomes `0.0.0.0` (the port kept), and a server listening on loopback by default gets its catalogue flag (`--host 0.0.0.0`, `--bind 0.0.0.0:PORT`, `--ip=0.0.0.0`, `--bind_all`) after its command word, as a JSON string in exec form. An address set by a variable or a config file (gradio, ollama, torchserve), or written in a word that is quoted or glued in another way, is left to you."
    },
    fixable: true,
    fixKind: "safe",
    covers: []
  },
  check({ model, buildContext, report }) {
    for (const server of detectServers(model, buildContext)) {
      if (server.host === null || !server.hostCertain || !isLoopbackHost(server.host)) continue;
      const edit = model.finalStage && bindAllEdit(server, model.finalStage);
      const argumentsAtRun = server.argumentsAtRun && server.configuredBy.host === "default";
      report({
        range: server.hostRange ?? server.range,
        message: `\`${server.server.name}\` listens on \`${server.host}\` only (${ORIGIN[server.configuredBy.host]}), which \`docker run -p\` cannot reach from outside the container; bind all interfaces with ${server.server.hostFix}${argumentsAtRun ? " (unless every `docker run` passes the address: this ENTRYPOINT takes its arguments from there)" : ""}.`,
        ...argumentsAtRun ? { severity: "warning" } : {},
        ...edit ? { fix: { description: `Bind \`${server.server.name}\` to all interfaces`, edits: [edit], safe: true } } : {}
      });
    }
  }
});
var sameRange = (a, b) => a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;
function isJsonToken(word2, stage) {
  return [stage.entrypoint, stage.cmd].some((ins) => ins?.json?.some((t) => sameRange(t.range, word2.range)));
}
function bindAll(value) {
  const m = /^(\[[^\]]*\]|[^:[\]]*)(:\d+)?$/.exec(value);
  return m ? `0.0.0.0${m[2] ?? ""}` : null;
}
function bindAllEdit(server, stage) {
  const spec = server.server;
  if (server.configuredBy.host === "flag" && server.hostRange) {
    const o = server.args.options.find((x) => x.valueWord && sameRange(x.valueWord.range, server.hostRange));
    if (!o?.value || !o.valueWord?.literal) return null;
    const value = spec.bindFlags?.includes(o.name) ? bindAll(o.value) : "0.0.0.0";
    if (value === null) return null;
    const glued = o.valueWord === o.word;
    if (glued && o.word.value !== `${o.name}=${o.value}`) return null;
    const text2 = glued ? `${o.name}=${value}` : value;
    if (isJsonToken(o.valueWord, stage)) return { range: o.valueWord.range, text: JSON.stringify(text2) };
    return o.valueWord.quoted ? null : { range: o.valueWord.range, text: text2 };
  }
  if (server.configuredBy.host !== "default" || !spec.hostFixArgs) return null;
  const needsPort = spec.hostFixArgs.some((a) => a.includes("{port}"));
  if (needsPort && (server.port === null || !server.portCertain)) return null;
  const words = spec.hostFixArgs.map((a) => a.replace("{port}", String(server.port)));
  const at = server.lastWord.range.end;
  const text = isJsonToken(server.lastWord, stage) ? words.map((w) => `, ${JSON.stringify(w)}`).join("") : words.map((w) => ` ${w}`).join("");
  return { range: { start: at, end: at }, text };
}

// rules/shell-check.ts
var SHELL_STATE = /* @__PURE__ */ new Set(["set", "cd", "export", "unset", "alias", "unalias", "shopt", "umask", "pushd", "popd", "declare", "typeset", "readonly"]);
var ENV_SCRIPT = /(^|\/)(activate|\.bashrc|\.bash_profile|\.profile|\.zshrc|profile|conda\.sh|[^/]*\.env)$/;
var BRACE_SHELLS = /* @__PURE__ */ new Set(["bash", "zsh", "ksh", "mksh"]);
var shell_check_default = defineRule({
  meta: {
    id: "shell-check",
    category: "correctness",
    severity: "warning",
    preset: "recommended",
    description: "Shell mistakes in `RUN` that the shell parser proves: unparseable shell, a RUN that only changes its own shell, `rm -rf /`, brace expansion under a `/bin/sh` without it.",
    docs: {
      why: 'Four checks, each certain from the parsed script:\n\n- **Unparseable shell** (error): an unclosed quote, a `then` without `fi`, a stray `)`. The build fails at this step, or worse, a quote left open swallows the lines after it. Reported once per RUN, where the parser stopped.\n- **A RUN that only changes its own shell**: `RUN set -eu`, `RUN cd /app`, `RUN export X=1`, `RUN source venv/bin/activate`, `RUN conda activate env`. Every RUN starts a new shell, so the change is gone before the next instruction. Use `SHELL` for shell options, `WORKDIR` for the directory, `ENV` for variables (`ENV PATH=/opt/venv/bin:$PATH` activates a virtualenv).\nWhen ShellCheck runs (the `shellcheck` rule), the first and third checks leave the RUNs it reads to it, so nothing is reported twice.\n\n- **Removing the root directory** (error): `rm -rf /`, `rm -rf --no-preserve-root /`, `rm -rf /*`. GNU rm refuses a recursive `/` (the RUN fails); `--no-preserve-root` and the `/*` glob (expanded by the shell to every top-level folder, which the protection does not cover) delete the image\'s filesystem. A quoted `"/*"` is not expanded and not reported.\n- **Brace expansion under dash or BusyBox**: `mkdir -p /app/{data,logs}` or `rm -rf /var/lib/{apt,dpkg}` in a Debian, Ubuntu or Alpine image whose `RUN` shell is `/bin/sh`. Only bash expands braces; `sh` takes the word literally, so the command silently creates or deletes the wrong path. List the paths, or run the step with `SHELL ["/bin/bash", "-c"]`.',
      bad: 'FROM ubuntu:24.04\nRUN set -eu\nRUN mkdir -p /srv/{data,logs}\nRUN echo "unclosed',
      good: 'FROM ubuntu:24.04\nRUN set -eu; mkdir -p /srv/data /srv/logs\nRUN echo "closed"'
    },
    fixable: false,
    // ShellCheck's codes for a parse error and for brace expansion in sh, as hadolint users write them in ignores.
    covers: ["SC1072", "SC1073", "SC3009"]
  },
  check(context) {
    for (const instruction of runInstructions(context.model)) {
      const script = instruction.run.script;
      const deferred = context.shellcheck?.checks(context.model, instruction) ?? false;
      if (script.error) {
        if (deferred) continue;
        context.report({
          range: script.error.range,
          message: script.error.tooDeep ? `The shell in this RUN is not analysed: ${script.error.message}; split it into smaller steps or a script file.` : `The shell in this RUN cannot be parsed: ${script.error.message}; fix the shell syntax.`,
          severity: "error"
        });
        continue;
      }
      stateOnly(instruction, context);
      rootRemoval(instruction, context);
      if (!deferred) braceExpansion(instruction, context);
    }
  }
});
function stateOnly(instruction, { report }) {
  const commands = instruction.run.script.commands;
  if (commands.length === 0 || !commands.every(onlyChangesShell)) return;
  const first = firstInSource(commands);
  const shown = first.argv.map((w) => w.value).join(" ");
  report({
    range: first.argv[0].range,
    message: `This RUN only changes its own shell (\`${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}\`), which ends with it: no later instruction sees the change; ${advice(first)}.`
  });
}
function rootRemoval(instruction, { report }) {
  for (const cmd of instruction.run.script.commands) {
    const inv = cmd.invocation;
    if (!isCall(inv, "rm") || !hasOption(inv, "-r", "-R", "--recursive")) continue;
    const target = inv.operands.find((w) => w.literal && (/^\/+\.?$/.test(w.value) || !w.quoted && /^\/+\*$/.test(w.value)));
    if (!target) continue;
    const glob = target.value.endsWith("*");
    const what = glob ? `\`${target.value}\` expands to every top-level folder, which GNU rm's protection of \`/\` does not cover: it deletes the image's whole filesystem` : hasOption(inv, "--no-preserve-root") ? "`--no-preserve-root` lets rm delete the image's whole filesystem" : `GNU rm refuses it ("it is dangerous to operate recursively on '/'") and the RUN fails; a rm without that protection deletes the image's whole filesystem`;
    report({ range: target.range, severity: "error", message: `\`rm\` removes the root directory: ${what}; name the folders to delete instead.` });
  }
}
function onlyChangesShell(cmd) {
  if (!cmd.name || cmd.wrappedBy !== null) return false;
  if (SHELL_STATE.has(cmd.name)) return true;
  if (cmd.name === "source" || cmd.name === ".") {
    const file = cmd.invocation.operands[0];
    return !!file && file.literal && ENV_SCRIPT.test(file.value) && cmd.args.length === 1;
  }
  return cmd.invocation.tool === "conda" && (cmd.invocation.subcommand === "activate" || cmd.invocation.subcommand === "deactivate");
}
function advice(cmd) {
  switch (cmd.name) {
    case "set":
      return `put \`${cmd.argv.map((w) => w.value).join(" ")}\` at the start of each RUN that needs it, or set the options with \`SHELL\``;
    case "cd":
    case "pushd":
    case "popd":
      return "use `WORKDIR`";
    case "source":
    case ".":
    case "conda":
    case "mamba":
    case "micromamba":
      return "set the variables it defines with `ENV` (e.g. `ENV PATH=/opt/venv/bin:$PATH`), or source it in the RUN that needs it";
    default:
      return "use `ENV` for variables";
  }
}
function braceExpansion(instruction, { report }) {
  const run = instruction.run;
  if (run.execForm || instruction.heredocs.length > 0) return;
  const shell = instruction.state.shell[0]?.split("/").pop();
  if (shell !== "sh") return;
  const image = instruction.stage?.windows ? null : instruction.stage?.rootImage.name;
  const system = image ? systemShellOf(image) : null;
  if (system !== "dash" && system !== "busybox") return;
  for (const cmd of run.script.commands) {
    if (cmd.wrappedBy && BRACE_SHELLS.has(cmd.wrappedBy)) continue;
    for (const word2 of cmd.argv) {
      if (!word2.literal || word2.quoted || !/\{[^{},\s]*,[^{}\s]*\}|\{[0-9a-z]+\.\.[0-9a-z]+\}/.test(word2.value)) continue;
      report({
        range: word2.range,
        message: `\`${word2.value}\` relies on brace expansion, which \`/bin/sh\` (${system === "dash" ? "dash" : "BusyBox ash"}) does not do: the word is used literally; list the paths one by one or set \`SHELL ["/bin/bash", "-c"]\`.`
      });
      return;
    }
  }
}

// src/shellcheck/excludes.ts
var DEFAULT_EXCLUDES = [
  { code: "SC1090", why: '`source "$X"`: following a non-constant source needs a `# shellcheck source=` directive, which a RUN cannot carry.' },
  { code: "SC1091", why: "`. /opt/venv/bin/activate`: the sourced file is in the image being built, not on the disk being linted." },
  { code: "SC2185", why: "`find -type f` without a path: GNU and BusyBox find, the finds of Linux images, search the current folder (only BSD and macOS find need one)." },
  { code: "SC2016", why: "`echo '… $x …' >> file`: a single-quoted `$` in a RUN is text written for later (a script or `.bashrc` line, yum's `$basearch`, a message naming a variable); all 15 over the corpus were deliberate." },
  { code: "SC2021", why: "`tr '[A-Z]' '[a-z]'` maps brackets to brackets, harmless as ShellCheck's wiki says, and `tr -d \"[']\"` deletes brackets on purpose; none of 12 over the corpus was a bug." },
  { code: "SC2035", why: "`rm *.deb`, `pip install *.whl`, `cp *.py /app`: a RUN globs files its own build downloaded, built or copied, whose names do not start with a dash; none of 20 over the corpus could." }
];
var BUSYBOX_SUPPORTS = /* @__PURE__ */ new Set(["SC3046", "SC2240", "SC3010", "SC3014"]);
var PORTABILITY = /^(SC3\d{3}|SC2240)$/;
var LEVEL_OVERRIDES = {
  SC2046: { level: "info", why: "unquoted `$(…)`: the same note as SC2086 (info), and in a RUN the output is mostly one path or version" },
  SC2166: { level: "info", why: "`[ a -a b ]`: obsolescent in POSIX but works in dash, bash and BusyBox" }
};
var DEFAULT_EXCLUDE_CODES = new Set(DEFAULT_EXCLUDES.map((e) => e.code));

// src/model/ast-range.ts
var SLOTS = 1024;
var positions = new Array(SLOTS);
var ranges = new Array(SLOTS);
function position(line, column) {
  const slot = line * 31 + column & SLOTS - 1;
  const cached = positions[slot];
  if (cached && cached.line === line && cached.column === column) return cached;
  return positions[slot] = { line, column };
}
function toRange(r) {
  const start = position(r.start.line + 1, r.start.character + 1);
  const end = position(r.end.line + 1, r.end.character + 1);
  const slot = start.line * 961 + start.column * 31 + end.line * 7 + end.column & SLOTS - 1;
  const cached = ranges[slot];
  if (cached && cached.start === start && cached.end === end) return cached;
  return ranges[slot] = { start, end };
}

// src/model/continuation.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
function continuationIndex(line, escapeChar) {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) end--;
  if (end === 0 || line[end - 1] !== escapeChar) return -1;
  return end >= 2 && line[end - 2] === escapeChar ? -1 : end - 1;
}
var STAND_IN = "";
function parseDockerfile(text) {
  const first = import_dockerfile_ast.DockerfileParser.parse(text);
  const escapeChar = first.getEscapeCharacter();
  const doubled = escapeChar + escapeChar;
  if (text.includes(STAND_IN)) return { df: first, escapeChar, restore: (s) => s };
  let masked = false;
  const lines = text.split("\n").map((line) => {
    const trimmed = line.replace(/[ \t]+$/, "");
    if (!trimmed.endsWith(doubled) || /^\s*#/.test(line)) return line;
    masked = true;
    return trimmed.slice(0, -1) + STAND_IN + line.slice(trimmed.length);
  });
  if (!masked) return { df: first, escapeChar, restore: (s) => s };
  return { df: import_dockerfile_ast.DockerfileParser.parse(lines.join("\n")), escapeChar, restore: (s) => s.replaceAll(STAND_IN, escapeChar) };
}

// src/model/image-ref.ts
function parseImageName(ref) {
  let rest = ref.trim();
  if (!rest || /\s/.test(rest)) return null;
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = null;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split("/");
  let registry = null;
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) registry = parts.shift();
  if (registry === "docker.io" || registry === "index.docker.io" || registry === "registry-1.docker.io") registry = null;
  if (parts.some((p) => p === "")) return null;
  const lowerParts = parts.map((p) => p.toLowerCase());
  if (registry === null && lowerParts.length === 1) lowerParts.unshift("library");
  const repository = lowerParts[lowerParts.length - 1];
  const namespace = lowerParts.length > 1 ? lowerParts.slice(0, -1).join("/") : null;
  const path17 = lowerParts.join("/");
  const familiarPath = registry === null && namespace === "library" ? repository : path17;
  return {
    registry: registry?.toLowerCase() ?? null,
    path: path17,
    repository,
    namespace,
    tag,
    digest,
    familiar: registry ? `${registry.toLowerCase()}/${familiarPath}` : familiarPath
  };
}

// src/knowledge/rolling-releases.ts
var ROLLING = [
  {
    image: /^(registry\.opensuse\.org\/)?opensuse\/tumbleweed$/,
    distribution: "openSUSE Tumbleweed",
    pinAdvice: "pin the digest (`@sha256:…`) or a snapshot tag of registry.opensuse.org (`registry.opensuse.org/opensuse/tumbleweed:<YYYYMMDD>`); Docker Hub publishes `opensuse/tumbleweed` as `latest` only"
  },
  {
    image: /^(archlinux|archlinux\/archlinux)$/,
    distribution: "Arch Linux",
    pinAdvice: "pin a dated tag (`archlinux:base-<YYYYMMDD>.0.<build>`) or the digest"
  },
  {
    image: /^((quay\.io|registry\.fedoraproject\.org)\/)?(fedora\/)?fedora$/,
    tags: /^rawhide$/,
    distribution: "Fedora Rawhide",
    pinAdvice: "pin the digest, or a Fedora release (`fedora:42`)"
  },
  { image: /^debian$/, tags: /^(sid|unstable)(-slim)?$/, distribution: "Debian sid", pinAdvice: "pin the digest, or a Debian release (`debian:trixie`)" },
  { image: /^alpine$/, tags: /^edge$/, distribution: "Alpine edge", pinAdvice: "pin the digest, or an Alpine release (`alpine:3.22`)" }
];
function rollingReleaseOf(image) {
  const tag = (image.tag ?? "latest").toLowerCase();
  const entry = ROLLING.find((e) => e.image.test(image.familiar) && (!e.tags || e.tags.test(tag)));
  return entry ? { distribution: entry.distribution, pinAdvice: entry.pinAdvice } : null;
}

// src/model/run-script.ts
var POSIX_SHELLS = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"];
function shellKindOf(shell) {
  const base = (word2) => word2.toLowerCase().split(/[\\/]/).pop().replace(/\.exe$/, "");
  const exe = base(shell[0] ?? "");
  if (POSIX_SHELLS.includes(exe)) return "posix";
  if (launcherOf(exe) && shell.slice(1).some((w) => POSIX_SHELLS.includes(base(w)))) return "posix";
  if (exe === "powershell" || exe === "pwsh") return "powershell";
  if (exe === "cmd") return "cmd";
  return "other";
}
function joinContinuations(text, start, end, escapeChar) {
  let out = "";
  const offsets = [];
  let pos = start;
  let first = true;
  while (pos < end) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0 || nl > end) nl = end;
    const line = text.slice(pos, nl);
    if (!first && /^\s*(#.*)?$/.test(line) && nl < end) {
      pos = nl + 1;
      continue;
    }
    first = false;
    const at = continuationIndex(line, escapeChar);
    const keep = at >= 0 ? line.slice(0, at) : line;
    out += keep;
    for (let i = 0; i < keep.length; i++) offsets.push(pos + i);
    if (at < 0) break;
    pos = nl + 1;
  }
  return { text: out, offsets: offsets.slice() };
}
var emptyScript = () => ({ source: { text: "", offsets: [] }, nested: [], commands: [], pipelines: [], statements: [], assigned: [], bindings: [], errexit: false, error: null });
var HEREDOC_ONLY = /^<<-?\s*(["']?)([A-Za-z0-9_.-]+)\1\s*$/;
var SHELLS4 = /^(?:\/(?:usr\/)?bin\/)?(?:env\s+)?(sh|bash|dash|ash|zsh)$/;
function runScript(input) {
  const { text, lines } = input;
  if (input.json) return execFormScript(input.json, lines, input.context);
  if (input.shellKind !== "posix") return null;
  if (input.heredocs.length > 0) {
    const firstLineEnd = text.indexOf("\n", input.argsStart);
    const firstLine = text.slice(input.argsStart, firstLineEnd < 0 ? input.end : firstLineEnd);
    const body = input.heredocs[0].body;
    if (HEREDOC_ONLY.test(firstLine.trim())) {
      if (!body) return emptyScript();
      const start = lines.offset(body.range.start);
      const stop = lines.offset(body.range.end);
      const script = body.text;
      const shebang = /^\t*#!\s*(\S+)(?:\s+(\S+))?/.exec(script);
      if (shebang && !SHELLS4.test(shebang[1].split("/").pop() === "env" ? shebang[2] ?? "" : shebang[1])) return null;
      return parseScript(mappedSlice(text, start, stop), lines, input.context);
    }
    const parsed = parseScript(mappedSlice(text, input.argsStart, input.end), lines, input.context);
    if (parsed.error?.message.startsWith("unclosed here-document")) return emptyScript();
    return parsed;
  }
  return parseScript(joinContinuations(text, input.argsStart, input.end, input.escapeChar), lines, input.context);
}
function execFormScript(json, lines, context) {
  if (json.length === 0) return emptyScript();
  const argv = json.map((t) => ({ value: t.value, literal: true, quoted: true, range: t.range }));
  return parseExecForm(argv, { start: json[0].range.start, end: json[json.length - 1].range.end }, lines, context);
}

// src/model/expansions.ts
var EXPANDED_ARGS = /* @__PURE__ */ new Set(["ENV", "LABEL", "ARG", "COPY", "ADD", "WORKDIR", "USER", "VOLUME", "STOPSIGNAL"]);
var EXPANDED_FLAGS = {
  COPY: ["chown", "chmod"],
  ADD: ["chown", "chmod", "checksum"],
  RUN: ["mount"],
  FROM: ["platform"]
};
function uses(source, ctx) {
  const word2 = processWord(source.text, /* @__PURE__ */ new Map(), { escapeChar: ctx.escapeChar });
  return word2.variables.map((v) => {
    const start = source.offsets[v.start] ?? 0;
    const end = (source.offsets[v.end - 1] ?? start) + 1;
    return { name: v.name, modifier: v.modifier, nested: v.nested, range: { start: ctx.lines.position(start), end: ctx.lines.position(end) } };
  });
}
function slice(range, ctx) {
  return mappedSlice(ctx.text, ctx.lines.offset(range.start), ctx.lines.offset(range.end));
}
function expansionsOf(ins, imageRange, ctx) {
  const out = [];
  for (const f of ins.flags) {
    if (f.valueRange && EXPANDED_FLAGS[ins.keyword]?.includes(f.name.toLowerCase())) out.push(...uses(slice(f.valueRange, ctx), ctx));
  }
  if (ins.keyword === "FROM" && imageRange) out.push(...uses(slice(imageRange, ctx), ctx));
  if (EXPANDED_ARGS.has(ins.keyword) && ins.argsRange) {
    const start = ctx.lines.offset(ins.argsRange.start);
    const end = ctx.lines.offset(ins.range.end);
    out.push(...uses(joinContinuations(ctx.text, start, end, ctx.escapeChar), ctx));
  }
  return out;
}
var WORD_ARGS = /* @__PURE__ */ new Set(["EXPOSE", "VOLUME", "STOPSIGNAL"]);
var LINE_ARG = /* @__PURE__ */ new Set(["WORKDIR", "USER"]);
function wordsOf(ins, scope, ctx) {
  const word2 = (raw, range) => {
    const w = processWord(raw, scope, { escapeChar: ctx.escapeChar });
    return { raw, value: w.unresolved.length ? null : w.value, range };
  };
  if (LINE_ARG.has(ins.keyword) && ins.argsRange) return [word2(ins.argsText.trim(), ins.argsRange)];
  if (!WORD_ARGS.has(ins.keyword)) return [];
  return ins.json ? ins.json.map((t) => word2(t.value, t.range)) : ins.args.map((t) => word2(sourceOf(t, ctx), t.range));
}
function sourceOf(t, ctx) {
  return joinContinuations(ctx.text, ctx.lines.offset(t.range.start), ctx.lines.offset(t.range.end), ctx.escapeChar).text;
}
function copyOperands(ins, scope, ctx) {
  if (ins.keyword !== "COPY" && ins.keyword !== "ADD") return null;
  let words = ins.json ?? [];
  if (!ins.json && ins.argsRange) {
    const start = ctx.lines.offset(ins.argsRange.start);
    const joined = joinContinuations(ctx.text, start, ctx.lines.offset(ins.range.end), ctx.escapeChar);
    const lastOffset = joined.offsets[joined.offsets.length - 1] ?? start;
    words = ins.args.filter((t) => ctx.lines.offset(t.range.start) <= lastOffset);
  }
  const toPath = (t) => {
    const raw = ins.json ? t.value : sourceOf(t, ctx);
    const w = processWord(raw, scope, { escapeChar: ctx.escapeChar });
    return { raw, value: w.unresolved.length ? null : w.value, range: t.range };
  };
  const heredocs = [];
  const sources = [];
  const operands = words.slice(0, -1);
  for (const t of operands) {
    const m = ins.json ? null : /^<<-?(["']?)(.+)\1$/.exec(t.value);
    if (m) heredocs.push(m[2]);
    else sources.push(toPath(t));
  }
  const last = words[words.length - 1];
  return { sources: orEmpty(sources), heredocs: orEmpty(heredocs), dest: last && words.length > 1 ? toPath(last) : null };
}
function heredocsOf(ast, keyword, ctx) {
  if (keyword !== "RUN" && keyword !== "COPY" && keyword !== "ADD") return [];
  const withHeredocs = ast;
  if (typeof withHeredocs.getHeredocs !== "function") return [];
  return withHeredocs.getHeredocs().map((h) => {
    const content = h.getContentRange();
    const range = content ? toRange(content) : null;
    return {
      name: h.getName(),
      range: toRange(h.getStartRange()),
      terminated: h.getDelimiterRange() !== null,
      body: range ? { text: ctx.text.slice(ctx.lines.offset(range.start), ctx.lines.offset(range.end)), range } : null
    };
  });
}
function emptyContinuationLines(heredocs, range, lines) {
  const firstHeredocLine = heredocs.length ? heredocs[0].range.start.line : Infinity;
  const out = [];
  for (let line = range.start.line + 1; line < range.end.line && line <= firstHeredocLine; line++) {
    if (/^[ \t]*$/.test(lines[line - 1] ?? "")) out.push(line);
  }
  return out;
}
function argProperties(ins, text, lines) {
  const words = [];
  for (const t of ins.args) {
    const last = words[words.length - 1];
    if (last && openQuote(last.value)) {
      const range = { start: last.range.start, end: t.range.end };
      words[words.length - 1] = { value: text.slice(lines.offset(range.start), lines.offset(range.end)), range };
    } else words.push(t);
  }
  return words.map((t) => {
    const eq = t.value.indexOf("=");
    const name = eq < 0 ? t.value : t.value.slice(0, eq);
    const nameEnd = { line: t.range.start.line, column: t.range.start.column + name.length };
    return {
      name,
      nameRange: { start: t.range.start, end: nameEnd },
      rawValue: eq < 0 ? null : t.value.slice(eq + 1),
      valueRange: eq < 0 ? null : { start: { line: nameEnd.line, column: nameEnd.column + 1 }, end: t.range.end },
      legacyForm: false
    };
  });
}
function openQuote(word2) {
  let quote = null;
  for (let i = 0; i < word2.length; i++) {
    const c = word2[i];
    if (c === "\\" && quote !== "'") i++;
    else if (quote === null && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = null;
  }
  return quote !== null;
}
var DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$/;
var DIRECTIVE_NAMES = /* @__PURE__ */ new Set(["syntax", "escape", "check"]);
function ignoredDirectives(directives, comments, lines) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const d of directives) {
    const name = d.name.toLowerCase();
    if (seen.has(name)) out.push(d);
    seen.add(name);
  }
  const inBlock = new Set(directives.map((d) => d.range.start.line));
  for (const c of comments) {
    const line = c.range.start.line;
    if (inBlock.has(line)) continue;
    const m = DIRECTIVE.exec((lines[line - 1] ?? "").trim());
    if (!m || !DIRECTIVE_NAMES.has(m[1].toLowerCase())) continue;
    out.push({ name: m[1].toLowerCase(), value: m[2], range: c.range });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

// src/model/ports.ts
var SPEC2 = /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/;
var PROTOCOLS2 = /* @__PURE__ */ new Set(["tcp", "udp", "sctp"]);
function specOf(value) {
  const m = SPEC2.exec(value);
  if (!m) return null;
  const port2 = Number(m[1]);
  const endPort = m[2] ? Number(m[2]) : port2;
  const protocol = (m[3] ?? "tcp").toLowerCase();
  if (endPort > 65535 || endPort < port2 || !PROTOCOLS2.has(protocol)) return null;
  return { port: port2, endPort, protocol };
}
function portsOf(words) {
  return words.flatMap((w) => {
    if (w.value === null) return [{ raw: w.raw, range: w.range, value: null, spec: null }];
    return w.value.split(/\s+/).filter(Boolean).map((value) => ({ raw: w.raw, range: w.range, value, spec: specOf(value) }));
  });
}

// src/model/instruction.ts
function readInstruction(ast, index, stage, state, ctx) {
  const { text, lines, escapeChar, restore } = ctx;
  memoizeArguments(ast);
  const keyword = keywordOf(ast.getKeyword());
  const range = toRange(ast.getRange());
  const flags = orEmpty(flagsOf(ast).map((f) => ({
    name: f.getName(),
    value: f.getValue() === null ? null : restore(f.getValue()),
    range: toRange(f.getRange()),
    valueRange: f.getValueRange() ? toRange(f.getValueRange()) : null,
    options: orEmpty(f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() === null ? null : restore(o.getValue()) })))
  })));
  const args = ast.getArguments().map((a) => ({ value: restore(a.getValue()), range: toRange(a.getRange()) }));
  const argsRange = args.length ? { start: args[0].range.start, end: args[args.length - 1].range.end } : null;
  const argsText = argsRange ? joinContinuations(text, lines.offset(argsRange.start), lines.offset(argsRange.end), escapeChar).text : "";
  const looksLikeJson = argsText.trimStart().startsWith("[");
  const json = looksLikeJson ? jsonTokens(ast, argsText) : null;
  const heredocs = orEmpty(heredocsOf(ast, keyword, ctx));
  const instruction = {
    index,
    keyword,
    keywordText: keywordOf(ast.getInstruction()),
    range,
    keywordRange: toRange(ast.getInstructionRange()),
    args,
    flags,
    argsText,
    argsRange,
    json,
    looksLikeJson,
    stage,
    state,
    run: null,
    script: null,
    properties: orEmpty(keyword === "ARG" ? argProperties({ args }, text, lines) : propertiesOf(keyword, ast, restore)),
    expansions: EMPTY,
    words: EMPTY,
    ports: EMPTY,
    copy: null,
    heredocs,
    emptyContinuationLines: orEmpty(emptyContinuationLines(heredocs, range, ctx.lineText)),
    trigger: null,
    onbuild: null
  };
  const imageRange = keyword === "FROM" ? ast.getImageRange() : null;
  instruction.expansions = orEmpty(expansionsOf(instruction, imageRange ? toRange(imageRange) : null, ctx));
  instruction.words = orEmpty(wordsOf(instruction, state.env, ctx));
  if (keyword === "EXPOSE") instruction.ports = orEmpty(portsOf(instruction.words));
  for (const p of instruction.properties) {
    const w = p.rawValue === null ? null : processWord(p.rawValue, state.env, { escapeChar, undeclaredIsEmpty: !stage && keyword === "ARG" });
    p.value = w && !w.unresolved.length ? w.value : null;
  }
  instruction.copy = copyOperands(instruction, state.env, ctx);
  if (keyword === "RUN") {
    instruction.run = runInfo(instruction, ctx);
    instruction.script = instruction.run.script;
  } else if ((keyword === "CMD" || keyword === "ENTRYPOINT") && argsRange) {
    instruction.script = scriptOf(instruction, lines.offset(argsRange.start), json, ctx);
  } else if (keyword === "HEALTHCHECK" && args[0]?.value.toUpperCase() === "CMD" && args.length > 1) {
    const start = lines.offset(args[1].range.start);
    instruction.script = scriptOf(instruction, start, healthcheckJson(text, start, lines.offset(range.end), lines, escapeChar), ctx);
  }
  return instruction;
}
var KEYWORDS = new Map(INSTRUCTIONS.map((k) => [k, k]));
function keywordOf(text) {
  return KEYWORDS.get(text) ?? text;
}
var NOT_TRIGGERS = /* @__PURE__ */ new Set(["ONBUILD", "FROM", "MAINTAINER"]);
function readTrigger(ast, onbuild, ctx) {
  const keyword = ast.getTrigger();
  const range = ast.getTriggerRange();
  if (!keyword || !range) return null;
  const triggerAst = NOT_TRIGGERS.has(keyword) ? null : ast.getTriggerInstruction();
  const instruction = triggerAst ? readInstruction(triggerAst, onbuild.index, onbuild.stage, onbuild.state, ctx) : null;
  if (instruction) instruction.onbuild = onbuild;
  return { keyword, range: toRange(range), instruction };
}
function memoizeArguments(ast) {
  const instance = ast;
  const args = instance.getRawArguments();
  instance.getRawArguments = () => args.slice();
}
function forgetArguments(ast) {
  const instance = ast;
  delete instance.getRawArguments;
  if (instance.flags) instance.flags = void 0;
  if (instance.properties) instance.properties = void 0;
}
function flagsOf(ast) {
  const withFlags = ast;
  return typeof withFlags.getFlags === "function" ? withFlags.getFlags() : [];
}
function mountsOf(flags) {
  return orEmpty(flags.filter((f) => f.name === "mount").map((f) => {
    const opt = (...names) => {
      for (const n of names) {
        const o = f.options.find((x) => x.name.toLowerCase() === n);
        if (o) return o.value ?? "";
      }
      return null;
    };
    return {
      type: (opt("type") ?? "bind").toLowerCase(),
      target: opt("target", "dst", "destination"),
      id: opt("id"),
      from: opt("from"),
      source: opt("source", "src"),
      range: f.range
    };
  }));
}
function propertiesOf(keyword, ast, restore) {
  const props = keyword === "ENV" ? ast.getProperties() : keyword === "LABEL" ? ast.getProperties() : [];
  return props.map((p) => {
    const valueRange = p.getValueRange();
    const rawValue = p.getUnescapedValue();
    return {
      name: p.getName(),
      nameRange: toRange(p.getNameRange()),
      rawValue: rawValue === null ? null : restore(rawValue),
      valueRange: valueRange ? toRange(valueRange) : null,
      legacyForm: p.getAssignmentOperator() === null && p.getValue() !== null
    };
  });
}
function jsonTokens(ast, argsText) {
  let parsed;
  try {
    parsed = JSON.parse(argsText);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === "string")) return null;
  const strings = typeof ast.getJSONStrings === "function" ? ast.getJSONStrings() : [];
  const values = parsed;
  if (strings.length !== values.length) {
    const r = toRange(ast.getRange());
    return values.map((value) => ({ value, range: r }));
  }
  return values.map((value, i) => ({ value, range: toRange(strings[i].getRange()) }));
}
function scriptOf(instruction, argsStart, json, ctx) {
  const { state } = instruction;
  const run = instruction.keyword === "RUN";
  return runScript({
    text: ctx.text,
    lines: ctx.lines,
    argsStart,
    end: ctx.lines.offset(instruction.range.end),
    escapeChar: ctx.escapeChar,
    heredocs: run ? instruction.heredocs : [],
    json,
    shellKind: shellKindOf(state.shell),
    context: { scope: run ? state.env : runtimeScope(state), workdir: state.workdir }
  });
}
function healthcheckJson(text, start, end, lines, escapeChar) {
  const body = joinContinuations(text, start, end, escapeChar);
  if (!body.text.trimStart().startsWith("[")) return null;
  let values;
  try {
    values = JSON.parse(body.text);
  } catch {
    return null;
  }
  if (!Array.isArray(values) || !values.every((v) => typeof v === "string")) return null;
  const tokens = [];
  const re = /"(?:[^"\\]|\\.)*"/g;
  for (let m = re.exec(body.text); m; m = re.exec(body.text)) {
    const from = body.offsets[m.index];
    const to = body.offsets[m.index + m[0].length - 1] + 1;
    tokens.push({ value: values[tokens.length], range: { start: lines.position(from), end: lines.position(to) } });
  }
  return tokens.length === values.length ? tokens : null;
}
function runtimeScope(state) {
  return new Map([...state.envNames].map((n) => [n, state.env.get(n)]));
}
function runInfo(instruction, ctx) {
  const flag = (name) => instruction.flags.find((f) => f.name.toLowerCase() === name)?.value ?? null;
  return {
    execForm: instruction.json !== null,
    script: instruction.argsRange ? scriptOf(instruction, ctx.lines.offset(instruction.argsRange.start), instruction.json, ctx) : null,
    mounts: mountsOf(instruction.flags),
    network: flag("network"),
    security: flag("security"),
    shellKind: shellKindOf(instruction.state.shell)
  };
}

// src/model/windows.ts
var WINDOWS_IMAGE = /(^|[/:_.-])(windows|nanoserver|servercore|windowsservercore)([/:_.-]|$)|ltsc20\d\d|mcr\.microsoft\.com\/(windows|dotnet\/framework)\//i;
function isWindowsImage(image) {
  return image.resolved !== null && WINDOWS_IMAGE.test(image.resolved);
}
function isWindowsShell(shell) {
  const exe = (shell[0] ?? "").toLowerCase().split(/[\\/]/).pop().replace(/\.exe$/, "");
  return exe === "cmd" || exe === "powershell";
}

// src/model/variable-history.ts
var VariableHistory = class _VariableHistory {
  version = 0;
  names = /* @__PURE__ */ new Map();
  /** A new history holding `scope` (a stage built FROM another one starts with the other's variables). */
  static from(scope, envNames) {
    const history = new _VariableHistory();
    for (const [name, value] of scope) history.set(name, value, envNames.has(name));
    return history;
  }
  set(name, value, env) {
    const version = ++this.version;
    let h = this.names.get(name);
    if (!h) this.names.set(name, h = { entries: [{ version, value }], envSince: Infinity });
    else h.entries.push({ version, value });
    if (env && h.envSince === Infinity) h.envSince = version;
  }
  /** The variables as they are now; later `set`s do not change it. */
  view() {
    return new VariableView(this.names, this.version);
  }
};
var VariableView = class {
  constructor(names, version) {
    this.names = names;
    this.version = version;
    this.envNames = new EnvNames(names, version);
  }
  names;
  version;
  envNames;
  sizeCache = -1;
  entry(name) {
    const entries = this.names.get(name)?.entries;
    if (!entries) return void 0;
    let lo = 0;
    let hi = entries.length - 1;
    let found;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (entries[mid].version <= this.version) {
        found = entries[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
  get(name) {
    return this.entry(name)?.value;
  }
  has(name) {
    return this.entry(name) !== void 0;
  }
  get size() {
    if (this.sizeCache < 0) this.sizeCache = [...this.keys()].length;
    return this.sizeCache;
  }
  *entries() {
    for (const name of this.names.keys()) {
      const e = this.entry(name);
      if (e) yield [name, e.value];
    }
  }
  *keys() {
    for (const [name] of this.entries()) yield name;
  }
  *values() {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(callback) {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }
};
var EnvNames = class {
  constructor(names, version) {
    this.names = names;
    this.version = version;
  }
  names;
  version;
  has(name) {
    return (this.names.get(name)?.envSince ?? Infinity) <= this.version;
  }
  get size() {
    return [...this.keys()].length;
  }
  *keys() {
    for (const [name, h] of this.names) if (h.envSince <= this.version) yield name;
  }
  values() {
    return this.keys();
  }
  *entries() {
    for (const name of this.keys()) yield [name, name];
  }
  [Symbol.iterator]() {
    return this.keys();
  }
  forEach(callback) {
    for (const name of this.keys()) callback(name, name, this);
  }
};

// src/model/build.ts
var PLATFORM_ARGS = [
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT"
];
var PROXY_ARGS = [
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "FTP_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
  "http_proxy",
  "https_proxy",
  "ftp_proxy",
  "no_proxy",
  "all_proxy"
];
var PREDEFINED_ARGS = [...PLATFORM_ARGS, ...PROXY_ARGS];
var DEFAULT_SHELL = ["/bin/sh", "-c"];
var WINDOWS_SHELL = ["cmd", "/S", "/C"];
function buildModel(path17, source) {
  const text = source.replace(/\r\n/g, "\n").replace(/\r/g, " ");
  const lineIndex = new LineIndex(text);
  const lines = text.split("\n");
  const { df, escapeChar, restore } = parseDockerfile(text);
  const directives = df.getDirectives().map((d) => ({ name: d.getName(), value: d.getValue(), range: toRange(d.getRange()) }));
  const comments = df.getComments().map((c) => ({ text: c.getContent(), range: toRange(c.getRange()) }));
  const pragma = lines.map((l) => /^\s*#\s*hadolint\s+shell=(\S+)\s*$/.exec(l)?.[1]).find((v) => v !== void 0);
  const defaultShell = pragma ? [pragma, /powershell|pwsh/i.test(pragma) ? "-Command" : "-c"] : DEFAULT_SHELL;
  const instructions = [];
  const stages = [];
  const globalArgs = /* @__PURE__ */ new Map();
  for (const name of PREDEFINED_ARGS) globalArgs.set(name, void 0);
  let stage = null;
  let cmdSetInStage = false;
  const endStage = (s) => {
    s.endState = state;
    s.windows = s.windows || isWindowsShell(state.shell);
    s.user = effectiveUser(s, state.user);
  };
  let state = {
    user: null,
    workdir: null,
    env: globalArgs,
    envNames: /* @__PURE__ */ new Set(),
    shell: defaultShell
  };
  let vars = new VariableHistory();
  const setVars = (updates, env) => {
    for (const [name, value] of updates) vars.set(name, value, env);
    const view = vars.view();
    state = { ...state, env: view, envNames: view.envNames };
  };
  const readContext = { text, lines: lineIndex, escapeChar, lineText: lines, restore };
  let previous = null;
  const asts = df.getInstructions();
  for (const ast of asts) {
    if (previous) forgetArguments(previous);
    previous = ast;
    const instruction = readInstruction(ast, instructions.length, stage, state, readContext);
    instructions.push(instruction);
    if (instruction.keyword === "ONBUILD") instruction.trigger = readTrigger(ast, instruction, readContext);
    const { keyword, flags, range, argsText, argsRange, json } = instruction;
    if (keyword === "FROM") {
      if (stage) endStage(stage);
      const from = ast;
      const imageText = restore(from.getImage() ?? "");
      const imageRange = from.getImageRange() ? toRange(from.getImageRange()) : range;
      const expanded = processWord(imageText, globalArgs, { escapeChar, undeclaredIsEmpty: true });
      const resolved = expanded.unresolved.length ? null : expanded.value;
      const stageName = from.getBuildStage();
      const parent = resolved ? stages.find((s) => s.name !== null && s.name === resolved.toLowerCase()) ?? null : null;
      const isScratch = resolved?.toLowerCase() === "scratch";
      const name = resolved && !parent && !isScratch ? parseImageName(resolved) : null;
      const image = {
        raw: imageText,
        range: imageRange,
        resolved,
        unresolvedVars: expanded.unresolved,
        name,
        isScratch,
        rollingRelease: name && rollingReleaseOf(name)
      };
      const platformFlag = flags.find((f) => f.name.toLowerCase() === "platform");
      stage = {
        index: stages.length,
        name: stageName ? stageName.toLowerCase() : null,
        nameRange: from.getBuildStageRange() ? toRange(from.getBuildStageRange()) : null,
        from: instruction,
        image,
        parent,
        platform: platformFlag?.value ?? null,
        instructions: [],
        isFinal: false,
        reachable: false,
        target: false,
        lineage: [],
        rootImage: parent ? parent.rootImage : image,
        endState: state,
        user: UNSET_USER,
        windows: parent ? parent.windows : isWindowsImage(image),
        entrypoint: parent?.entrypoint ?? null,
        cmd: parent?.cmd ?? null
      };
      cmdSetInStage = false;
      stage.lineage = parent ? [stage, ...parent.lineage] : [stage];
      stages.push(stage);
      const inherited = parent?.endState;
      vars = inherited ? VariableHistory.from(inherited.env, inherited.envNames) : VariableHistory.from(new Map(PROXY_ARGS.map((n) => [n, void 0])), /* @__PURE__ */ new Set());
      const view = vars.view();
      state = {
        ...inherited ?? { user: null, workdir: null, shell: stage.windows ? WINDOWS_SHELL : defaultShell },
        env: view,
        envNames: view.envNames
      };
      instruction.stage = stage;
      stage.instructions.push(instruction);
      continue;
    }
    stage?.instructions.push(instruction);
    const scope = state.env;
    switch (keyword) {
      case "ARG": {
        for (const prop of instruction.properties) {
          const name = prop.name;
          const raw = prop.rawValue;
          let value;
          if (raw !== null) {
            const e = processWord(raw, stage ? scope : globalArgs, { escapeChar, undeclaredIsEmpty: !stage });
            value = e.unresolved.length ? void 0 : e.value;
          } else value = stage ? globalArgs.get(name) : void 0;
          if (!stage) globalArgs.set(name, value);
          else if (!state.envNames.has(name)) setVars([[name, value]], false);
        }
        break;
      }
      case "ENV": {
        const updates = instruction.properties.map((p) => {
          const e = processWord(p.rawValue ?? "", scope, { escapeChar });
          return [p.name, e.unresolved.length ? void 0 : e.value];
        });
        setVars(updates, true);
        break;
      }
      case "USER": {
        const value = argsText.trim();
        const e = processWord(value, scope, { escapeChar });
        state = { ...state, user: { value, resolved: e.unresolved.length ? null : e.value, range: argsRange ?? range } };
        break;
      }
      case "WORKDIR": {
        const e = processWord(argsText.trim(), scope, { escapeChar });
        const dir = e.unresolved.length ? null : e.value;
        const workdir = dir === null ? null : dir.startsWith("/") || /^[A-Za-z]:[\\/]/.test(dir) || !state.workdir ? dir : `${state.workdir.replace(/\/$/, "")}/${dir}`;
        state = { ...state, workdir };
        break;
      }
      case "CMD":
        if (stage) stage.cmd = instruction;
        cmdSetInStage = true;
        break;
      case "ENTRYPOINT":
        if (stage) {
          stage.entrypoint = instruction;
          if (!cmdSetInStage) stage.cmd = null;
        }
        break;
      case "SHELL":
        if (json && json.length) state = { ...state, shell: json.map((t) => t.value) };
        break;
      default:
        break;
    }
  }
  if (stage) endStage(stage);
  const finalStage = stages.length ? stages[stages.length - 1] : null;
  if (finalStage) finalStage.isFinal = true;
  const byName = /* @__PURE__ */ new Map();
  for (const s of stages) if (s.name !== null && !byName.has(s.name)) byName.set(s.name, s);
  const stageByName = (name) => byName.get(name.toLowerCase()) ?? null;
  const stageRef = (ref, before3) => {
    if (/^\d+$/.test(ref)) {
      const s = stages[Number(ref)];
      return s && s.index < before3 ? s : s ?? null;
    }
    return stageByName(ref);
  };
  markReachable(finalStage, stageRef);
  markTargets(stages, stageRef);
  return {
    path: path17,
    text,
    lines,
    lineIndex,
    escapeChar,
    directives,
    ignoredDirectives: ignoredDirectives(directives, comments, lines),
    comments,
    instructions,
    instructionsWithTriggers: instructions.flatMap((i) => i.trigger?.instruction ? [i, i.trigger.instruction] : [i]),
    template: templateMarker(instructions),
    globalArgs,
    stages,
    finalStage,
    stageByName,
    stageRef
  };
}
var TEMPLATE_SYNTAX = /^(\{\{|\{%)/;
function templateMarker(instructions) {
  for (const ins of instructions) {
    if (TEMPLATE_SYNTAX.test(ins.keywordText)) return ins.keywordRange;
    const image = ins.keyword === "FROM" ? ins.args.find((a) => !a.value.startsWith("--")) : void 0;
    if (image && TEMPLATE_SYNTAX.test(image.value)) return image.range;
  }
  return null;
}
var UNSET_USER = { name: null, source: "unset", root: true };
function effectiveUser(stage, user) {
  if (user) {
    const name = user.resolved;
    return { name, source: "instruction", root: name === null ? null : /^(root|0)$/i.test(name.split(":")[0].trim()) };
  }
  const base = stage.rootImage.name;
  if (!base) return UNSET_USER;
  const known2 = nonRootDefaultUser(base);
  if (known2) return { name: known2, source: "base-image", root: false };
  if (!runsAsRootByDefault(base) && callsSudoItDidNotInstall(stage)) return { name: null, source: "sudo", root: false };
  return UNSET_USER;
}
function callsSudoItDidNotInstall(stage) {
  for (const s of [...stage.lineage].reverse()) {
    for (const ins of s.instructions) {
      for (const cmd of ins.run?.script?.commands ?? []) {
        const inv = cmd.invocation;
        if (PACKAGE_TOOLS.has(inv.tool ?? "") && inv.operands.some((w) => w.value === "sudo")) return false;
        if (cmd.name === "sudo") return true;
      }
    }
  }
  return false;
}
var PACKAGE_TOOLS = /* @__PURE__ */ new Set(["apt", "apk", "rpm", "zypper"]);
function markReachable(finalStage, stageRef) {
  const todo = finalStage ? [finalStage] : [];
  while (todo.length) {
    const s = todo.pop();
    if (s.reachable) continue;
    s.reachable = true;
    todo.push(...stageDependencies(s, stageRef));
  }
}
function stageDependencies(s, stageRef) {
  const deps = s.parent ? [s.parent] : [];
  for (const ins of s.instructions) {
    for (const f of ins.flags) {
      const refs = [];
      if (f.name === "from" && f.value) refs.push(f.value);
      if (f.name === "mount") {
        for (const o of f.options) if (o.name === "from" && o.value) refs.push(o.value);
      }
      for (const r of refs) {
        const dep = stageRef(r, s.index);
        if (dep) deps.push(dep);
      }
    }
  }
  return deps;
}
function markTargets(stages, stageRef) {
  const used = new Set(stages.flatMap((s) => stageDependencies(s, stageRef).filter((d) => d !== s)));
  for (const s of stages) s.target = !used.has(s);
}

// src/shellcheck/splitting.ts
var SPLIT_REASONS = {
  "one-word": "the expansion is one word: every value reaching it is a build ARG/ENV value or a value the same RUN assigns, without blanks or glob characters (`python${PY_VER}` with `ARG PY_VER=3.11`), a `for` loop's variable, a length, or the output of a command that prints one word (`$(nproc)`, `$(id -u)`, `$(uname -m)`, `$(dpkg --print-architecture)`, `$(mktemp -d)`, `$(test … && echo --flag)`)",
  "list-operands": "a whole unquoted word among the operands of a command that takes a list of names without blanks (`apk add $runDeps`, `apt-mark manual $savedAptMark`, `pip install $(cat reqs)`, `docker-php-ext-install $exts`): the split is the intent",
  "list-variable": "a whole unquoted word whose variable is named for a list of options or names (`bazel build $BAZEL_OPTIONS`, `go test $TESTFLAGS`, `make $MAKE_ARGS`, `apk del $BUILD_DEPS`): the split is the intent"
};
var GLOB2 = /[*?[]/;
function fieldsOf(value) {
  if (GLOB2.test(value)) return "unknown";
  return value.trim().split(/[ \t\n]+/).length > 1 ? "list" : "one";
}
function worst(a, b) {
  return a === "unknown" || b === "unknown" ? "unknown" : a === "list" || b === "list" ? "list" : "one";
}
var Resolver = class {
  constructor(script, scope) {
    this.script = script;
    this.scope = scope;
  }
  script;
  scope;
  /** Names being resolved: `X=$X:…` must not loop. */
  resolving = /* @__PURE__ */ new Set();
  /** What the value of a word (an assigned value, a `${X:-word}`'s word) splits into when expanded unquoted later. */
  word(word2) {
    if (word2.literal) return fieldsOf(word2.value);
    let out = word2.blankOutside ? "list" : "one";
    for (const e of word2.expansions ?? []) out = worst(out, this.expansion(e));
    return out;
  }
  expansion(e) {
    if (e.name === null) return this.substitution(e.commands);
    if (e.derived === "number") return "one";
    if (e.derived === "other") return "unknown";
    const value = this.variable(e.name);
    return e.derived === "or-word" ? worst(value, e.word ? this.word(e.word) : "one") : value;
  }
  variable(name) {
    if (this.resolving.has(name)) return "one";
    this.resolving.add(name);
    try {
      const bindings = this.script.bindings.filter((b) => b.name === name);
      let out = null;
      for (const b of bindings) {
        const f = !b.value ? "unknown" : b.loop ? b.value.quoted ? this.word(b.value) : GLOB2.test(b.value.value) ? "unknown" : "one" : this.word(b.value);
        out = out === null ? f : worst(out, f);
      }
      if (this.scope.has(name)) {
        const v = this.scope.get(name);
        const f = v !== void 0 ? fieldsOf(v) : PLATFORM_ARGS.includes(name) ? "one" : "unknown";
        out = out === null ? f : worst(out, f);
      }
      return out === null || out === "unknown" ? oneWordName(name) ? "one" : "unknown" : out;
    } finally {
      this.resolving.delete(name);
    }
  }
  /** A `$(…)`'s output: one word from a command that prints one, the words of `echo`s of literals, else anything. */
  substitution(commands) {
    if (commands.length === 1 && commands[0].pipelineIndex === -1 && printsOneWord(commands[0])) return "one";
    if (commands.length > 1 && commands.every((c, i) => c.pipelineIndex === i) && this.oneWordPipeline(commands)) return "one";
    let out = null;
    for (const c of commands) {
      if (c.name !== null && SILENT_PROGRAMS.has(c.name)) continue;
      if (c.name !== "echo" || c.pipelineIndex !== -1 || !c.args.every((w) => w.literal)) return "unknown";
      const printed = c.args.filter((w) => !/^-[neE]+$/.test(w.value)).map((w) => w.value).join(" ");
      out = out === null ? fieldsOf(printed) : worst(out, fieldsOf(printed));
    }
    return out ?? "unknown";
  }
  /** `echo ONE-WORD | filter | …`: filters of ONE_WORD_FILTERS, whose own arguments hold no blank. */
  oneWordPipeline(commands) {
    const [first, ...filters] = commands;
    if (first.name !== "echo" || first.args.length !== 1 || this.word(first.args[0]) !== "one") return false;
    return filters.every((c) => c.name !== null && ONE_WORD_FILTERS.has(c.name) && c.args.every((w) => w.literal && !/[ \t\n]/.test(w.value)));
  }
};
function printsOneWord(cmd) {
  const entry = ONE_WORD_OUTPUTS.find((o) => cmd.name !== null && o.programs.includes(cmd.name));
  if (!entry) return false;
  const options = cmd.invocation.options.filter((o) => !entry.with?.includes(o.name));
  if (entry.with && options.length === cmd.invocation.options.length) return false;
  return !entry.oneOf || options.length === 1 && entry.oneOf.includes(options[0].name);
}
function listOperand(cmd, word2) {
  const inv = cmd.invocation;
  const at = inv.operands.findIndex((w) => sameStart(w.range, word2.range));
  if (at < 0) return false;
  return LIST_COMMANDS.some((l) => {
    if (l.tool) return inv.tool === l.tool && (!l.subcommands || inv.subcommand !== null && l.subcommands.includes(inv.subcommand));
    if (!inv.program || !l.programs.includes(inv.program)) return false;
    return !l.subcommands || at > 0 && l.subcommands.includes(inv.operands[0].value);
  });
}
function nameParts(name) {
  return name.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase().split("_");
}
function oneWordName(name) {
  return nameParts(name).some((p) => p in ONE_WORD_NAME_PARTS);
}
function listName(name) {
  const parts = nameParts(name);
  return parts.some((p) => p in LIST_NAME_PARTS) || Object.keys(LIST_NAME_PARTS).some((k) => k.length > 3 && parts[parts.length - 1].endsWith(k));
}
function sameStart(a, b) {
  return a.start.line === b.start.line && a.start.column === b.start.column;
}
function locate(script, range) {
  for (const cmd of script.commands) {
    for (const word2 of [...cmd.argv, ...cmd.redirects]) {
      const expansion = word2.expansions?.find((e) => sameStart(e.range, range));
      if (expansion) return { cmd, word: word2, expansion };
    }
  }
  return null;
}
function harmlessMask(instruction, range) {
  const word2 = instruction.run?.script?.commands.flatMap((c) => c.args).find((w) => sameStart(w.range, range));
  const substitutions = word2?.expansions?.filter((e) => e.name === null) ?? [];
  return substitutions.length > 0 && substitutions.every((e) => e.commands.length > 0 && e.commands.every((c) => c.name !== null && c.name in NEVER_FAILS));
}
function harmlessSplit(instruction, range) {
  const script = instruction.run?.script;
  if (!script) return null;
  const found = locate(script, range);
  if (!found || found.expansion.quoted) return null;
  const { cmd, word: word2, expansion } = found;
  const fields = new Resolver(script, instruction.state.env).expansion(expansion);
  if (fields === "one") return "one-word";
  if (!expansion.whole) return null;
  if (word2 === cmd.argv[0]) return null;
  if (listOperand(cmd, word2)) return "list-operands";
  if (expansion.name !== null && listName(expansion.name)) return "list-variable";
  return null;
}

// rules/shellcheck.ts
var SPLITTING = /* @__PURE__ */ new Set(["SC2086", "SC2046"]);
var LEVELS = ["error", "warning", "info", "style"];
var shellcheck_default = defineRule({
  meta: {
    id: "shellcheck",
    category: "correctness",
    severity: "warning",
    preset: "recommended",
    description: "ShellCheck's findings in the shell of every `RUN` (and the `sh -c` strings inside), at their exact position, with the finding's SC code.",
    docs: {
      why: `Runs the real [ShellCheck](https://www.shellcheck.net) (when the \`shellcheck\` program is installed; see \`shellcheck\` in the configuration) over each RUN's script: continuations joined, heredoc bodies, and the bodies of \`sh -c '…'\` and \`bash <<EOF\` inside. Each finding keeps ShellCheck's SC code (\`SC2086\`), message and level (error, warning, info, style), links to its wiki page, and sits at its exact line and column in the Dockerfile.

ShellCheck reads each script in the dialect that runs it: the stage's \`SHELL\`, else the base image's \`/bin/sh\` (dash on Debian and Ubuntu, BusyBox ash, checked as dash, on Alpine, bash on the Red Hat family, POSIX sh when the image does not tell). The build's ARG and ENV names are declared to it, so \`$VERSION\` is not "referenced but not assigned". Checks excluded because they cannot apply to a Dockerfile: ${DEFAULT_EXCLUDES.map((e) => `${e.code} (${e.why})`).join("; ")}

SC2086 (unquoted \`$X\`) and SC2046 (unquoted \`$(…)\`) are kept where splitting or globbing can bite: a value dlint cannot know, or one with blanks, used as one path or argument (\`cp $SRC $DEST\`, \`rm -rf $DIR/*\`). They are dropped when ${Object.values(SPLIT_REASONS).join("; or when ")}. POSIX sh has no arrays: quoting such a list would pass it as one word and break the command. SC2155 (\`export X="$(cmd)"\` masks cmd's failure) is dropped when every command in the substitution cannot fail in a build (${Object.keys(NEVER_FAILS).map((p) => `\`${p}\``).join(", ")}), as in \`export GNUPGHOME="$(mktemp -d)"\`.

By default only ShellCheck's errors and warnings are reported: its info and style notes (SC2086 on a value that cannot split, \`echo $(cmd)\`, backticks) are mostly taste in a Dockerfile, and set \`level\` to \`info\` or \`style\` to see them. ${Object.entries(LEVEL_OVERRIDES).map(([code, o]) => `${code} is rated ${o.level} (${o.why})`).join("; ")}. SC2154 is dropped in a script that sources a file. In BusyBox ash (Alpine) \`source\`, arguments to \`.\`, \`[[ ]]\` and \`==\` are not reported as unportable, and no portability check (SC3xxx, SC2240) runs where the base image does not tell what its \`/bin/sh\` is.

Suppress one code with \`# dlint-ignore SC2086\` or \`# hadolint ignore=SC2086\` above the RUN, or everywhere with the \`exclude\` option.`,
      bad: "FROM debian:12\nARG VERSION\nRUN cd /opt; curl -fsSL https://example.com/$VERSION.tgz | tar xz\nRUN [[ -f /etc/os-release ]] && echo ok",
      good: 'FROM debian:12\nARG VERSION\nWORKDIR /opt\nRUN curl -fsSL "https://example.com/${VERSION}.tgz" | tar xz\nRUN [ -f /etc/os-release ] && echo ok',
      fixSafety: "ShellCheck's own fixes (quoting an expansion, `$(…)` for backticks) are offered as unsafe fixes: they are almost always right but change words the shell sees. Fixes inside `sh -c` strings, across a `\\` continuation, or adding a line break to a continued RUN are not offered.",
      options: '`level`: the lowest ShellCheck level reported, `warning` by default (errors and warnings: real bugs and portability problems); `info` adds SC2086 and the other quoting notes, `style` everything, as hadolint reports it. `exclude`: SC codes to drop everywhere (e.g. `["SC2086"]`), on top of the checks excluded by default.'
    },
    fixable: true,
    fixKind: "unsafe",
    // Every ShellCheck code: `--covers SC2086`, `# hadolint ignore=SC2086` and `.hadolint.yaml` reach this rule.
    covers: ["SC*"],
    options: {
      type: "object",
      properties: {
        level: { enum: ["error", "warning", "info", "style"], default: "warning" },
        exclude: { type: "array", items: { type: "string", pattern: "^[Ss][Cc][0-9]{4}$" }, default: [] }
      },
      additionalProperties: false
    }
  },
  check({ model, shellcheck, options, report }) {
    if (!shellcheck) return;
    const exclude = new Set(options.exclude.map((c) => c.toUpperCase()));
    const lowest = LEVELS.indexOf(options.level);
    for (const f of shellcheck.findings(model)) {
      if (exclude.has(f.code) || LEVELS.indexOf(f.severity) > lowest) continue;
      if (SPLITTING.has(f.code) && harmlessSplit(f.instruction, f.range)) continue;
      if (f.code === "SC2155" && harmlessMask(f.instruction, f.range)) continue;
      if (f.code === "SC2154" && f.instruction.run?.script?.commands.some((c) => c.name === "." || c.name === "source")) continue;
      report({
        range: f.range,
        message: `${f.code}: ${f.message}`,
        severity: f.severity,
        code: f.code,
        url: `https://www.shellcheck.net/wiki/${f.code}`,
        ...f.fix ? { fix: f.fix } : {}
      });
    }
  }
});

// src/knowledge/empty-input.ts
var FAILS_ON_EMPTY_INPUT = [
  // "no properly formatted checksum lines found"; a cut list still checks the lines that arrived.
  { programs: ["sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "md5sum", "b2sum"], options: ["-c", "--check"], whole: false },
  // No line selected is exit status 1, whatever the options (`-q`, `-v`, `-c`).
  { programs: ["grep", "egrep", "fgrep"], whole: false },
  // "This does not look like a tar archive" / "short read".
  { programs: ["tar", "bsdtar"], archive: true, whole: false, wholeWith: ["-z", "--gzip", "-J", "--xz", "-j", "--bzip2", "--zstd"] },
  { programs: ["gunzip", "zcat", "unxz", "xzcat", "bunzip2", "bzcat", "unzstd", "zstdcat"], whole: true },
  { programs: ["gzip", "xz", "bzip2", "zstd"], options: ["-d", "--decompress"], whole: true },
  // "no valid OpenPGP data found".
  { programs: ["gpg", "gpg2"], options: ["--dearmor", "--dearmour", "--import"], whole: true },
  { programs: ["apt-key"], whole: true }
];
var EMPTY_STAYS_EMPTY = /* @__PURE__ */ new Set([
  "grep",
  "egrep",
  "fgrep",
  "sed",
  "awk",
  "gawk",
  "mawk",
  "sort",
  "uniq",
  "head",
  "tail",
  "cut",
  "tr",
  "tee",
  "cat",
  "gunzip",
  "zcat",
  "xzcat",
  "bzcat",
  "zstdcat",
  "base64",
  "jq"
]);
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget", "aria2c", "fetch"]);
var STDIN_FILTERS = {
  tr: { noFiles: true },
  cut: {},
  head: {},
  tail: {},
  sort: {},
  uniq: {},
  wc: {},
  rev: {},
  sed: { script: ["-e", "--expression"], scriptFile: ["-f", "--file"] },
  gsed: { script: ["-e", "--expression"], scriptFile: ["-f", "--file"] },
  awk: { script: [], scriptFile: ["-f", "--file"] },
  gawk: { script: [], scriptFile: ["-f", "--file"] },
  mawk: { script: [], scriptFile: ["-f", "--file"] }
};

// rules/shell-pipefail.ts
var shell_pipefail_default = defineRule({
  meta: {
    id: "shell-pipefail",
    category: "runtime",
    severity: "warning",
    preset: "recommended",
    description: "`RUN` with a pipe but without `pipefail`, so a failure on the left of the pipe does not fail the build.",
    docs: {
      why: 'A pipeline\'s exit status is that of its last command: in `curl -fsSL https://… | tee /etc/app.conf` a failed download still lets `tee` succeed, the step "succeeds" and the image is built without the file. `pipefail` makes the pipeline fail when any command in it fails. Debian and Ubuntu run `RUN` with `/bin/sh` (dash), which rejects `set -o pipefail` ("Illegal option -o pipefail": the build fails, and this rule reports it); switch the shell with `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (Alpine: `SHELL ["/bin/ash", "-eo", "pipefail", "-c"]`), or start the script with `set -o pipefail` where the shell supports it (bash, BusyBox ash: the message offers it only there).\n\nOnly pipes that would really hide a failure are reported. Not reported: a pipe whose last command fails on empty input when the command feeding it failed having printed nothing (`grep " app.tgz$" SHA256SUMS | sha256sum -c -`, `… | grep -q 2.4` as a smoke test, `… | tar -x`, `… | gpg --dearmor`; GNU and BusyBox tools alike), except that a download (`curl`, `wget`) can also stop midway: then only an end that checks its input is whole notices (a compressed `tar -xz`/`-xJ`, `gunzip`, `gpg --dearmor`), while an uncompressed `tar -x` extracts the part that arrived with status 0 and is reported. Not reported either: pipes fed only by commands that cannot fail (`echo`, `printf`, `cat` of a heredoc, and text filters that read no file: `echo "$V" | cut -d. -f1,2 | tr -d .`); a pipe ending in `| true`, which throws the status away on purpose; `yes | …`, which `pipefail` would break (`yes` is killed by SIGPIPE when the reader exits); and a pipe in a `$(…)` whose status no command sees (`echo "$(a | b)"`, `export X="$(a | b)"`), where `pipefail` would change nothing. A pipe in a bare assignment\'s `$(…)` counts, as in hadolint: `v="$(curl -fsSL https://… | jq -r .tag)"` hides a failed download just the same; but not when the script then tests the variable for emptiness (`[ -n "$v" ]`, `${v:?}`) and the pipe downloads nothing: a failed source printed nothing, and the script handles that.',
      bad: "RUN curl -fsSL https://example.com/tool.tar | tar -x -C /usr/local/bin",
      good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/tool.tar | tar -x -C /usr/local/bin'
    },
    fixable: false,
    covers: ["DL4006"]
  },
  check({ model, report }) {
    for (const instruction of runInstructions(model)) {
      const support = pipefailSupport(instruction);
      if (support === "rejects") {
        for (const set of instruction.run.script.commands.filter(setsPipefailOption)) {
          report({
            range: set.range,
            severity: "error",
            message: `\`/bin/sh\` is dash in this image, which rejects \`set -o pipefail\` ("Illegal option -o pipefail") and fails the build; use \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` before this RUN instead.`
          });
        }
      }
      if (!instruction.run.execForm && setsPipefail2(instruction.state.shell)) continue;
      const script = instruction.run.script;
      const unprotected = script.pipelines.filter((p) => !p.pipefail && hiddenFailure(p) && !emptinessChecked(p, script.source.text));
      const pipe = firstInSource(unprotected);
      if (!pipe) continue;
      const { source, midway } = hiddenFailure(pipe);
      const last = lastCommand(pipe);
      const orSet = support === "accepts" ? " (or `set -o pipefail` in it)" : "";
      const fix = instruction.run.execForm ? 'start the shell with `-o pipefail` (`["/bin/bash", "-o", "pipefail", "-c", "…"]`)' : `add \`SHELL ["${shellFor(instruction)}", "-o", "pipefail", "-c"]\` before this RUN${orSet}`;
      report({
        range: pipe.commands[0].argv[0].range,
        message: midway ? `If \`${nameOf(source)}\` fails midway, \`${nameOf(last)}\` still succeeds on the part that arrived (it fails only on no input at all), and the build goes on; ${fix}.` : `If \`${nameOf(source)}\` fails, this pipe still succeeds when \`${nameOf(last)}\` does (a pipe's status is its last command's), and the build goes on; ${fix}.`
      });
    }
  }
});
var TAKES_PIPEFAIL = { bash: true, ash: true, busybox: true, zsh: true, ksh: true, mksh: true, dash: false };
var SYSTEM_SHELL_TAKES_PIPEFAIL = { bash: true, busybox: true, dash: false };
function pipefailSupport(instruction) {
  const argv0 = instruction.run.execForm ? instruction.json?.[0]?.value : instruction.state.shell[0];
  const program = (argv0 ?? "").split("/").pop() ?? "";
  const image = instruction.stage?.windows ? null : instruction.stage?.rootImage.name;
  const system = program === "sh" && image ? systemShellOf(image) : null;
  const takes = program === "sh" ? system ? SYSTEM_SHELL_TAKES_PIPEFAIL[system] : void 0 : TAKES_PIPEFAIL[program];
  return takes === void 0 ? "unknown" : takes ? "accepts" : "rejects";
}
function setsPipefailOption(cmd) {
  if (cmd.name !== "set" || cmd.wrappedBy !== null) return false;
  return cmd.args.some((w, i) => /^-[a-zA-Z]*o$/.test(w.value) && cmd.args[i + 1]?.value === "pipefail");
}
function shellFor(instruction) {
  const image = instruction.stage?.windows ? null : instruction.stage?.rootImage.name;
  return image && systemShellOf(image) === "busybox" ? "/bin/ash" : "/bin/bash";
}
function setsPipefail2(shell) {
  return shell.some((w, i) => /^-[a-zA-Z]*o$/.test(w) && shell[i + 1] === "pipefail");
}
var CANNOT_FAIL = /* @__PURE__ */ new Set(["echo", "printf", "true", ":"]);
function nameOf(cmd) {
  return cmd.name ?? cmd.argv[0].value;
}
function lastCommand(pipe) {
  const last = Math.max(...pipe.commands.map((c) => c.pipelineIndex));
  return pipe.commands.find((c) => c.pipelineIndex === last);
}
function hiddenFailure(pipe) {
  if (pipe.statusDiscarded) return null;
  const last = Math.max(...pipe.commands.map((c) => c.pipelineIndex));
  if (pipe.commands.some((c) => c.pipelineIndex === last && (c.name === "true" || c.name === ":"))) return null;
  const sources = pipe.commands.filter((c) => c.pipelineIndex < last);
  if (sources.some((c) => c.name === "yes")) return null;
  const source = sources.find((c) => !cannotFail(c));
  if (!source) return null;
  const after = pipe.commands.filter((c) => c.pipelineIndex > source.pipelineIndex && c.wrappedBy === null);
  const middle = after.filter((c) => c.pipelineIndex < last);
  const end = after.filter((c) => c.pipelineIndex === last);
  const failure = end.length === 1 && middle.every(staysEmpty) ? emptyInputFailure(end[0]) : null;
  if (failure === "whole") return null;
  const download = source.name !== null && DOWNLOADERS.has(source.name);
  if (failure === "empty" && !download) return null;
  return { source, midway: failure === "empty" };
}
function emptinessChecked(pipe, text) {
  const name = pipe.assignedTo;
  if (!name || pipe.commands.some((c) => c.name !== null && DOWNLOADERS.has(c.name))) return false;
  const v = `"?\\$\\{?${name}\\}?"?`;
  return new RegExp(`(-[nz]\\s+${v}(?=[\\s;\\]])|\\[\\s+"\\$\\{?${name}\\}?"\\s+\\]|\\$\\{${name}:?\\?)`).test(text);
}
function emptyInputFailure(cmd) {
  const entry = FAILS_ON_EMPTY_INPUT.find((e) => cmd.name !== null && e.programs.includes(cmd.name));
  if (!entry) return null;
  if (entry.options && !hasOption(cmd.invocation, ...entry.options)) return null;
  if (!entry.archive) return entry.whole ? "whole" : "empty";
  const options = tarOptions(cmd);
  if (!readsArchiveFromStdin(cmd, options)) return null;
  return entry.wholeWith?.some((o) => options.has(o)) ? "whole" : "empty";
}
function tarOptions(cmd) {
  const names = new Set(cmd.invocation.options.map((o) => o.name));
  const first = cmd.args[0]?.value ?? "";
  if (/^[a-zA-Z]+$/.test(first)) for (const l of first) names.add(`-${l}`);
  return names;
}
function readsArchiveFromStdin(cmd, options) {
  if (!["-x", "-t", "--extract", "--get", "--list"].some((o) => options.has(o))) return false;
  const args = cmd.args.map((w) => w.value);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--file=")) return a === "--file=-";
    if (a === "--file") return args[i + 1] === "-";
    const f = /^-[a-zA-Z]/.test(a) || i === 0 && /^[a-zA-Z]+$/.test(a) ? a.indexOf("f") : -1;
    if (f > 0 || f === 0 && i === 0) return (a.slice(f + 1) || args[i + 1]) === "-";
  }
  return true;
}
function staysEmpty(cmd) {
  if (!cmd.name || !EMPTY_STAYS_EMPTY.has(cmd.name)) return false;
  return !/^(g|m)?awk$/.test(cmd.name) || !cmd.args.some((w) => /\b(BEGIN|END)\b/.test(w.value));
}
function cannotFail(cmd) {
  if (cmd.name && CANNOT_FAIL.has(cmd.name)) return true;
  if (cmd.name === "cat" && cmd.invocation.operands.length === 0) return true;
  return readsOnlyStdin(cmd);
}
function readsOnlyStdin(cmd) {
  const filter = cmd.name ? STDIN_FILTERS[cmd.name] : void 0;
  if (!filter || cmd.invocation.opaqueOptions) return false;
  if (filter.noFiles) return true;
  const inv = cmd.invocation;
  if (filter.scriptFile && hasOption(inv, ...filter.scriptFile)) return false;
  const inline = filter.script !== void 0 && !(filter.script.length > 0 && hasOption(inv, ...filter.script));
  return inv.operands.length === (inline ? 1 : 0);
}

// rules/single-cmd.ts
var ONCE = ["CMD", "ENTRYPOINT", "HEALTHCHECK"];
var single_cmd_default = defineRule({
  meta: {
    id: "single-cmd",
    category: "correctness",
    severity: "warning",
    preset: "recommended",
    description: "More than one `CMD`, `ENTRYPOINT` or `HEALTHCHECK` in one stage.",
    docs: {
      why: "An image has one `CMD`, one `ENTRYPOINT` and one `HEALTHCHECK`: only the last of each in a stage takes effect, so the earlier ones are dead code that readers take for real. The earlier instruction is reported. To run several processes, use one entrypoint script or a process manager. (`CMD` inside `HEALTHCHECK` is part of the health check, not a second `CMD`.)",
      bad: 'FROM python:3.12-slim\nCMD ["python", "migrate.py"]\nCMD ["python", "serve.py"]',
      good: 'FROM python:3.12-slim\nCOPY start.sh /usr/local/bin/start.sh\nCMD ["/usr/local/bin/start.sh"]'
    },
    fixable: false,
    covers: ["DL4003", "DL4004", "DL3012", "MultipleInstructionsDisallowed"]
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      for (const keyword of ONCE) {
        const all = stage.instructions.filter((i) => i.keyword === keyword);
        const last = all[all.length - 1];
        for (const earlier of all.slice(0, -1)) {
          report({
            range: earlier.keywordRange,
            message: `Only the last \`${keyword}\` of a stage takes effect, and line ${last.range.start.line} overrides this one; remove it or merge the two.`
          });
        }
      }
    }
  }
});

// rules/stage-name-unique.ts
var stage_name_unique_default = defineRule({
  meta: {
    id: "stage-name-unique",
    category: "correctness",
    severity: "error",
    preset: "recommended",
    description: "Two stages share a name, or a stage takes a reserved name (`scratch`, `context`).",
    docs: {
      why: "Stage names are matched without regard to case, so `FROM … AS build` twice leaves `COPY --from=build` and `--target build` pointing at only one of them, silently. `scratch` and `context` are reserved by BuildKit (the empty image and the build context): a stage with such a name cannot be referenced.",
      bad: "FROM golang:1.23 AS build\nRUN go build -o /out/api ./cmd/api\n\nFROM node:22 AS build\nRUN npm ci && npm run build",
      good: "FROM golang:1.23 AS api-build\nRUN go build -o /out/api ./cmd/api\n\nFROM node:22 AS web-build\nRUN npm ci && npm run build"
    },
    fixable: false,
    covers: ["DL3024", "DL3063", "DuplicateStageName", "ReservedStageName"]
  },
  check({ model, report }) {
    const seen = /* @__PURE__ */ new Map();
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      if (RESERVED_STAGE_NAMES.includes(stage.name)) {
        report({
          range: stage.nameRange,
          message: `\`${stage.name}\` is a reserved stage name in BuildKit; rename the stage.`
        });
      }
      const first = seen.get(stage.name);
      if (first) {
        report({
          range: stage.nameRange,
          message: `Stage name \`${stage.name}\` is already used by the stage at line ${first.from.range.start.line} (names ignore case); give this stage a unique name.`
        });
      } else seen.set(stage.name, stage);
    }
  }
});

// rules/syntax-error.ts
var KNOWN3 = new Set(INSTRUCTIONS);
var GO_DURATION = /^(\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))*$/;
var UNIT_NS = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 36e11 };
function durationNs(text) {
  if (text === "0") return 0;
  if (!GO_DURATION.test(text)) return null;
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(m[1]) * UNIT_NS[m[2]];
  return total;
}
var hasVar = (v) => v.includes("$");
var syntax_error_default = defineRule({
  meta: {
    id: "syntax-error",
    category: "correctness",
    severity: "error",
    preset: "recommended",
    description: "The file cannot be read as a Dockerfile: unknown instruction, missing arguments, bad flag, unterminated heredoc, bad parser directive.",
    docs: {
      why: "These are mistakes BuildKit stops the build for, found before you run it: an unknown or misspelt instruction (with a \"did you mean\"), an instruction without its arguments, a flag the instruction does not have or with a bad value (`COPY --chmod`, `--chown`, `--link`, `--parents`, `--exclude`, `--from`; `ADD --checksum`, `--keep-git-dir`; `RUN --mount`, `--network`, `--security`; `FROM --platform`; `HEALTHCHECK --interval`, `--timeout`, `--start-period`, `--start-interval`, `--retries`), a heredoc that is never closed, and parser directives (`# syntax=`, `# escape=`, `# check=`) that are repeated, invalid, or placed where BuildKit reads them as plain comments (they must come first, before any other comment, blank line or instruction). In a file named `Containerfile*` (built by Podman or Buildah), Buildah's own `--mount` options (`relabel`, `z`, `Z`, `U`, propagation and mount flags) are accepted; in a Dockerfile they are reported as Podman/Buildah options. The rest of the file is still linted. A template that a generator turns into a Dockerfile (`{{ … }}` of jq or Go templates, Jinja's `{% … %}`, where an instruction or FROM's image should be, as in docker-library's `Dockerfile.template`) gets this one finding and no other rule's.",
      bad: "# Build the API\n# syntax=docker/dockerfile:1\nFORM python:3.12-slim\nCOPY --chmod 755 entrypoint.sh /entrypoint.sh\nHEALTHCHECK --interval=30 CMD curl -f http://localhost:8000/health",
      good: "# syntax=docker/dockerfile:1\n# Build the API\nFROM python:3.12-slim\nCOPY --chmod=755 entrypoint.sh /entrypoint.sh\nHEALTHCHECK --interval=30s CMD curl -f http://localhost:8000/health"
    },
    fixable: false,
    covers: []
  },
  check({ model, report: emit }) {
    const report = (range, message2) => emit({ range, message: message2 });
    if (model.template) {
      report(model.template, "This file is a template (its generator's `{{ … }}` or `{% … %}` stands where Dockerfile syntax should), not a Dockerfile: BuildKit cannot build it. Lint the Dockerfile generated from it; dlint checks nothing else here.");
      return;
    }
    checkDirectives(model, report);
    if (!model.instructions.length) {
      report({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, "The file has no instructions; a Dockerfile needs at least `FROM <image>`.");
      return;
    }
    const buildah = /^containerfile/i.test(model.path.replace(/\\/g, "/").split("/").pop() ?? "");
    let previous = null;
    for (const ins of model.instructions) {
      if (!KNOWN3.has(ins.keyword)) unknownInstruction(ins, previous, report);
      else checkInstruction(ins, report, buildah);
      for (const h of ins.heredocs) {
        if (!h.terminated) report(h.range, `The heredoc \`<<${h.name}\` is never closed: add a line \`${h.name}\` after its content (everything to the end of the file belongs to it now).`);
      }
      previous = ins;
    }
  }
});
function checkDirectives(model, report) {
  for (const d of model.directives) {
    if (d.name.toLowerCase() === "escape" && d.value !== "\\" && d.value !== "`") {
      report(d.range, `\`# escape=${d.value}\` is invalid; the escape character must be a backslash or a backtick.`);
    }
  }
  const effective = new Set(model.directives.map((d) => d.range.start.line));
  for (const d of model.ignoredDirectives) {
    if (effective.has(d.range.start.line)) {
      report(d.range, `Only one \`# ${d.name}\` parser directive is allowed; BuildKit rejects the repeated one, so remove it.`);
    } else {
      report(
        d.range,
        `\`# ${d.name}=${d.value}\` is not in the parser-directive block at the top of the file, so it is read as a plain comment; move it to the first lines, before any other comment, blank line or instruction.`
      );
    }
  }
}
function unknownInstruction(ins, previous, report) {
  const word2 = ins.keywordText;
  const hint = nearest(word2.toUpperCase(), INSTRUCTIONS, word2.length >= 4 ? 2 : 1);
  const continued = previous && KNOWN3.has(previous.keyword) && previous.range.end.line === ins.range.start.line - 1 && (!/^[A-Za-z]+$/.test(word2) || word2 === word2.toLowerCase());
  report(
    ins.keywordRange,
    hint ? `Unknown instruction \`${word2}\`; did you mean \`${hint}\`?` : continued ? `Unknown instruction \`${word2}\`; if this line continues the \`${previous.keyword}\` above, end that line with \`\\\`.` : `Unknown instruction \`${word2}\`; a Dockerfile line must start with an instruction such as \`RUN\` or \`COPY\`.`
  );
}
function checkInstruction(ins, report, buildah) {
  const k = ins.keyword;
  if (!ins.args.length && !ins.heredocs.length) {
    report(ins.keywordRange, `\`${ins.keywordText}\` has no arguments; ${k === "FROM" ? "name the base image" : `give ${k} what it needs`}.`);
    return;
  }
  checkFlags(ins, report, buildah);
  switch (k) {
    case "FROM":
      checkFrom(ins, report);
      break;
    case "COPY":
    case "ADD": {
      const c = ins.copy;
      if (c && (!c.dest || c.sources.length + c.heredocs.length === 0)) {
        report(ins.argsRange ?? ins.keywordRange, `\`${k}\` needs at least one source and a destination (\`${k} <src>... <dest>\`).`);
      }
      break;
    }
    case "ENV":
    case "LABEL":
      for (const p of ins.properties) {
        if (p.name === "") report(p.valueRange ?? p.nameRange, `\`${k}\` needs a name before \`=\`.`);
        else if (p.rawValue === null) report(p.nameRange, `\`${k} ${p.name}\` has no value; write \`${k} ${p.name}=<value>\`.`);
      }
      break;
    case "SHELL":
      if (!ins.looksLikeJson) report(ins.argsRange ?? ins.keywordRange, 'SHELL takes the JSON form: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.');
      break;
    case "HEALTHCHECK":
      checkHealthcheck(ins, report);
      break;
    default:
      break;
  }
}
function checkFrom(ins, report) {
  const args = ins.args;
  if (args.length === 3 && args[1].value.toLowerCase() === "as") {
    const name = args[2];
    if (!STAGE_NAME.test(name.value.toLowerCase())) {
      report(name.range, `\`${name.value}\` is not a valid stage name; start with a letter and use only letters, digits, \`-\`, \`_\` and \`.\`.`);
    }
  } else if (args.length !== 1) {
    report(ins.argsRange ?? ins.keywordRange, "FROM takes an image and optionally `AS <name>`: `FROM <image> [AS <name>]`.");
  }
}
function checkHealthcheck(ins, report) {
  const type = ins.args[0];
  const upper = type.value.toUpperCase();
  if (upper === "NONE") {
    if (ins.args.length > 1) report(ins.args[1].range, "`HEALTHCHECK NONE` takes no arguments.");
  } else if (upper === "CMD") {
    if (ins.args.length < 2) report(type.range, "`HEALTHCHECK CMD` needs a command to run.");
  } else {
    report(type.range, `\`HEALTHCHECK ${type.value}\` is not valid; write \`HEALTHCHECK [options] CMD <command>\` or \`HEALTHCHECK NONE\`.`);
  }
}
function looseFlags(ins) {
  if (ins.flags.length || INSTRUCTION_FLAGS[ins.keyword] || ins.looksLikeJson || ins.keyword === "ONBUILD") return [];
  const out = [];
  for (const t of ins.args) {
    if (t.value === "--" || !t.value.startsWith("--")) break;
    out.push({ name: t.value.slice(2).split("=")[0], range: t.range });
  }
  return out;
}
function checkFlags(ins, report, buildah) {
  const k = ins.keyword;
  for (const f of looseFlags(ins)) report(f.range, `\`${k}\` has no flag \`--${f.name}\`.`);
  const allowed = INSTRUCTION_FLAGS[k] ?? {};
  if (k === "HEALTHCHECK" && ins.args[0]?.value.toUpperCase() === "NONE" || k === "ONBUILD") return;
  const seen = /* @__PURE__ */ new Set();
  for (const f of ins.flags) {
    if (f.name === "") continue;
    const kind = allowed[f.name];
    if (!kind) {
      const hint = nearest(f.name, Object.keys(allowed), Math.min(3, f.name.length - 1));
      report(f.range, `\`${k}\` has no flag \`--${f.name}\`${hint ? `; did you mean \`--${hint}\`?` : "."}`);
      continue;
    }
    if (seen.has(f.name) && kind !== "strings") report(f.range, `\`--${f.name}\` is given twice; keep one.`);
    seen.add(f.name);
    const v = f.value;
    if (kind === "bool") {
      if (v !== null && !/^(true|false)$/i.test(v)) report(f.range, `\`--${f.name}\` is a switch: write \`--${f.name}\` or \`--${f.name}=false\`.`);
      continue;
    }
    if (v === null) {
      report(f.range, `\`--${f.name}\` needs a value: \`--${f.name}=<value>\`.`);
      continue;
    }
    if (hasVar(v)) continue;
    if (kind === "duration") {
      const ns = durationNs(v);
      if (ns === null) report(f.range, `\`--${f.name}=${v}\` is not a duration; write it with a unit, such as \`30s\` or \`1m30s\`.`);
      else if (ns !== 0 && ns < 1e6) report(f.range, `\`--${f.name}=${v}\` is below the 1ms minimum.`);
    } else if (kind === "count" && !/^\d+$/.test(v)) {
      report(f.range, `\`--${f.name}=${v}\` must be a whole number of at least 0.`);
    } else if (f.name === "network" && !NETWORK_MODES.includes(v)) {
      report(f.range, `\`--network=${v}\` is not a network mode; use \`default\`, \`none\` or \`host\`.`);
    } else if (f.name === "security" && !SECURITY_MODES.includes(v)) {
      report(f.range, `\`--security=${v}\` is not a security mode; use \`sandbox\` or \`insecure\`.`);
    } else if (f.name === "mount") {
      checkMount(f, report, buildah);
    }
  }
}
function checkMount(f, report, buildah) {
  const opt = (name) => f.options.find((o) => o.name.toLowerCase() === name);
  const typeOpt = opt("type")?.value ?? "bind";
  if (hasVar(typeOpt)) return;
  const type = typeOpt.toLowerCase();
  if (!MOUNT_TYPES.includes(type)) {
    const hint = nearest(type, MOUNT_TYPES, 2);
    report(f.range, `\`type=${typeOpt}\` is not a mount type; use ${MOUNT_TYPES.map((t) => `\`${t}\``).join(", ")}${hint ? ` (did you mean \`${hint}\`?)` : ""}.`);
    return;
  }
  for (const o of f.options) {
    const key = o.name.toLowerCase();
    if (BUILDAH_MOUNT_KEYS.includes(key)) {
      if (!buildah) report(f.range, `\`--mount\` option \`${o.name}\` is a Podman/Buildah option that BuildKit (\`docker build\`) rejects; remove it, or build this file with Podman or Buildah (which look for a \`Containerfile\`).`);
      continue;
    }
    if (!MOUNT_KEYS.includes(key)) {
      const hint = nearest(key, MOUNT_KEYS, 2);
      report(f.range, `\`--mount\` has no option \`${o.name}\`${hint ? `; did you mean \`${hint}\`?` : "."}`);
      continue;
    }
    if (o.value === null && !["ro", "rw", "readonly", "readwrite", "required"].includes(key)) {
      report(f.range, `\`--mount\` option \`${o.name}\` needs a value: \`${o.name}=<value>\`.`);
      continue;
    }
    if (key === "required" && type !== "secret" && type !== "ssh") report(f.range, `\`required\` applies to secret and ssh mounts only, not \`type=${type}\`.`);
    if (key === "size" && type !== "tmpfs") report(f.range, `\`size\` applies to tmpfs mounts only, not \`type=${type}\`.`);
    if ((key === "mode" || key === "uid" || key === "gid") && (type === "bind" || type === "tmpfs")) {
      report(f.range, `\`${key}\` is not allowed on \`type=${type}\` mounts.`);
    }
    if (key === "sharing" && o.value && !hasVar(o.value)) {
      if (type !== "cache") report(f.range, `\`sharing\` applies to cache mounts only, not \`type=${type}\`.`);
      else if (!MOUNT_SHARING.includes(o.value.toLowerCase())) report(f.range, `\`sharing=${o.value}\` is invalid; use \`shared\`, \`private\` or \`locked\`.`);
    }
    if (key === "from" && type === "secret") report(f.range, "A secret mount cannot have `from`.");
  }
}

// rules/torch-wheel-variant.ts
var TORCH_PACKAGES = /* @__PURE__ */ new Set(["torch", "torchvision", "torchaudio"]);
var INDEX_OPTIONS = ["-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--index", "--default-index"];
var INDEX_ENV = ["PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "UV_INDEX_URL", "UV_EXTRA_INDEX_URL", "UV_DEFAULT_INDEX", "UV_INDEX", "UV_FIND_LINKS"];
var CHOOSER_ENV = ["UV_TORCH_BACKEND", "PIP_CONFIG_FILE", "UV_CONFIG_FILE"];
var CPU_BASES = ["public.ecr.aws/docker/library/*", "gcr.io/distroless/*", "cgr.dev/chainguard/*", "continuumio/*", "condaforge/*", "mambaorg/*", "quay.io/jupyter/*", "jupyter/*", "mcr.microsoft.com/devcontainers/*"];
var GPU_PACKAGE = /^(nvidia-.*|.*-cu1\d+|.*-cuda1\d.*|cupy-cuda.*|onnxruntime-gpu|faiss-gpu.*|paddlepaddle-gpu|tensorflow\[and-cuda\]|jax\[cuda.*\]|flash[-_]attn|xformers|vllm|sglang|auto[-_]gptq|exllamav2|tensorrt.*|bitsandbytes|deepspeed|apex|mamba[-_]ssm|causal[-_]conv1d)$/i;
var GPU_APT_PACKAGE = /^(cuda-.*|libcudnn.*|libnccl.*|nvidia-.*|libcublas.*|tensorrt.*)$/;
var GPU_ENV = ["NVIDIA_VISIBLE_DEVICES", "NVIDIA_DRIVER_CAPABILITIES", "TORCH_CUDA_ARCH_LIST", "CUDA_HOME", "CUDA_VISIBLE_DEVICES", "CUDA_PATH"];
function requirement(word2) {
  if (!word2.literal) return null;
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(word2.value.trim());
  if (!m || m[3].includes("://") || m[3].startsWith("@")) return null;
  const local = /\+([A-Za-z0-9.]+)/.exec(m[3]);
  return { name: m[1].toLowerCase().replace(/_/g, "-"), local: local ? local[1].toLowerCase() : null };
}
function pinnedTorch(words) {
  for (const word2 of words) {
    const m = /^torch\s*==\s*(\d+\.\d+(?:\.\d+)?)$/.exec(word2.value.trim());
    if (m) return { word: word2, version: m[1] };
  }
  return null;
}
function pypiBuildMismatch(torchWords, base, cuda, install2) {
  const pinned = pinnedTorch(torchWords);
  if (!pinned || install2.tool !== "pip") return null;
  const shipped = isPytorchImage(base) && base.tag ? parsePytorchTag(base.tag)?.torch ?? null : null;
  if (shipped && shipped !== pinned.version && !shipped.startsWith(`${pinned.version}.`)) {
    return {
      word: pinned.word,
      text: `\`${base.familiar}:${base.tag}\` already has torch ${shipped}; \`${pinned.word.value}\` downloads and installs a second build over it (GBs in another layer); use the base image of torch ${pinned.version} instead.`
    };
  }
  const wheel = pypiTorchCuda(pinned.version);
  if (!cuda || !wheel || wheel.split(".")[0] === cuda.split(".")[0]) return null;
  const fit = wheelVariantFor(cuda);
  const use = fit ? `add \`--index-url https://download.pytorch.org/whl/${fit}\`` : `use the wheel index for CUDA ${cuda.split(".")[0]}`;
  return {
    word: pinned.word,
    text: `\`${pinned.word.value}\` from PyPI is the CUDA ${wheel} build (it brings its own CUDA ${wheel.split(".")[0]} libraries) on the CUDA ${cuda} base \`${base.familiar}:${base.tag}\`: two CUDA stacks in the image, and extensions built with the base's nvcc will not match torch; ${use}.`
  };
}
function gpuPackageStages(pip, apt) {
  const out = /* @__PURE__ */ new Set();
  for (const p of pip) {
    if (p.instruction.stage && p.packages.some((w) => w.literal && GPU_PACKAGE.test(w.value.split(/[<>=!~;\s]/)[0]))) out.add(p.instruction.stage);
  }
  for (const a of apt) {
    if (a.instruction.stage && a.packages.some((w) => GPU_APT_PACKAGE.test(w.value.split("=")[0]))) out.add(a.instruction.stage);
  }
  return out;
}
function meantForGpu(gpuStages, chain, before3) {
  const env = before3.state.env;
  if (GPU_ENV.some((n) => env.has(n)) || /cuda|nvidia/i.test(env.get("LD_LIBRARY_PATH") ?? "")) return true;
  return chain.some((s) => gpuStages.has(s));
}
function firstIndexConfig(stage, tool) {
  const configFile = tool === "uv" ? /(^|\/)(pip\.conf|pip\.ini|uv\.toml|pyproject\.toml)$/ : /(^|\/)(pip\.conf|pip\.ini)$/;
  for (const i of stage.instructions) {
    if ((i.keyword === "COPY" || i.keyword === "ADD") && i.args.some((a) => configFile.test(a.value))) return i.index;
    const cmds = i.run?.script?.commands ?? [];
    if (cmds.some((c) => c.name !== null && /^pip\d*(\.\d+)?$/.test(c.name) && c.args[0]?.value === "config")) return i.index;
  }
  return null;
}
function configuredElsewhere(firstConfig, chain, before3) {
  return chain.some((stage) => {
    const first = firstConfig(stage);
    return first !== null && (stage !== before3.stage || first < before3.index);
  });
}
function isCpuBase(image) {
  if (isAcceleratorImage(image)) return false;
  return isOfficialImage(image) || CPU_BASES.some((g) => matchesImageGlob(image, g));
}
function indexUrls(install2) {
  const urls = [];
  let word2 = null;
  let unknown2 = false;
  for (const o of install2.options) {
    if (o.name === "--torch-backend") unknown2 = true;
    if (!INDEX_OPTIONS.includes(o.name)) continue;
    const value = o.value === null ? null : processWord(o.value, install2.instruction.state.env);
    if (value === null || value.unresolved.length) unknown2 = true;
    else urls.push(value.value);
    word2 ??= o.word;
  }
  const env = install2.instruction.state.env;
  const assigned = new Map(install2.command.assignments.map((a) => [a.name, a.value]));
  for (const name of [...INDEX_ENV, ...CHOOSER_ENV]) {
    const has = assigned.has(name) || env.has(name);
    if (!has) continue;
    const value = assigned.get(name) ?? env.get(name);
    if (CHOOSER_ENV.includes(name) || value === void 0 || value.includes("$")) unknown2 = true;
    else urls.push(...value.split(/\s+/).filter(Boolean));
  }
  return { urls, word: word2, unknown: unknown2 };
}
var torch_wheel_variant_default = defineRule({
  meta: {
    id: "torch-wheel-variant",
    category: "size",
    severity: "info",
    preset: "recommended",
    description: "`pip install torch` that pulls the wrong build: the CUDA build from PyPI on a CPU base, or a `cuXYZ` wheel index for another CUDA major than the base image.",
    docs: {
      why: "On Linux x86_64, `pip install torch` from PyPI installs the CUDA build, which depends on `nvidia-*` wheels of about 2.5 GB (cuBLAS, cuDNN, NCCL, …); the CPU build is about 200 MB. On a CPU-only base (`python`, `debian`, `ubuntu`, conda, distroless) that is gigabytes of libraries the container never loads, unless it is meant to run on a GPU with the CUDA libraries from pip, which is a valid design (the rule stays silent when the image shows it: GPU-only packages such as `flash-attn`, `vllm`, `xformers` or `nvidia-*`, CUDA apt packages, `NVIDIA_VISIBLE_DEVICES`/`TORCH_CUDA_ARCH_LIST`). For CPU images install from PyTorch's CPU index: `pip install torch --index-url https://download.pytorch.org/whl/cpu`, before any `-r requirements.txt` that would pull torch from PyPI.\n\nOn a CUDA base image, a wheel index for another CUDA major (`whl/cu118` on `nvidia/cuda:12.4.1-…`) installs a second CUDA stack inside torch, and CUDA extensions compiled with the base's `nvcc` do not match torch's CUDA. Use the index that matches the base (`whl/cu124`).\n\nNot reported: installs with their own index (`--index-url`, `--extra-index-url`, `-f`, `PIP_INDEX_URL`/`PIP_EXTRA_INDEX_URL`/`UV_*` env, `pip config set`, a copied `pip.conf`), pins with a local version (`torch==2.4.0+cpu`), uv's `--torch-backend`, bases the linter cannot classify, and arm64-only stages (PyPI's aarch64 torch is the CPU build).",
      bad: "FROM python:3.12-slim\nRUN pip install --no-cache-dir torch==2.5.1\n\nFROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.5.1 --index-url https://download.pytorch.org/whl/cu118",
      good: "FROM python:3.12-slim\nRUN pip install --no-cache-dir torch==2.5.1 --index-url https://download.pytorch.org/whl/cpu\n\nFROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.5.1 --index-url https://download.pytorch.org/whl/cu124"
    },
    fixable: false,
    covers: []
  },
  check({ model, report }) {
    const pip = pipInstalls(model);
    const gpuStages = gpuPackageStages(pip, aptInstalls(model));
    const configCache = /* @__PURE__ */ new Map();
    const firstConfig = (tool) => (stage) => {
      const key = `${tool}:${stage.index}`;
      if (!configCache.has(key)) configCache.set(key, firstIndexConfig(stage, tool));
      return configCache.get(key);
    };
    for (const install2 of pip) {
      if (install2.tool !== "pip" && install2.tool !== "uv") continue;
      const stage = install2.instruction.stage;
      const base = stage?.rootImage.name;
      if (!stage || !base) continue;
      const torchWords = install2.packages.filter((w) => {
        const r = requirement(w);
        return r !== null && TORCH_PACKAGES.has(r.name);
      });
      if (!torchWords.length) continue;
      if (torchWords.some((w) => requirement(w).local !== null)) continue;
      const { urls, word: word2, unknown: unknown2 } = indexUrls(install2);
      const chain = stage.lineage;
      const cuda = cudaVersionOf(base);
      const variant = urls.map(pytorchIndexVariant).find((v) => v !== null && wheelCudaMajor(v) !== null) ?? null;
      if (cuda && variant) {
        const major = Number(cuda.split(".")[0]);
        if (wheelCudaMajor(variant) !== major) {
          const fit = wheelVariantFor(cuda);
          const use = fit ? `use \`https://download.pytorch.org/whl/${fit}\`` : `use the wheel index for CUDA ${major}`;
          report({
            range: (word2 ?? torchWords[0]).range,
            message: `The \`${variant}\` wheel index installs CUDA ${wheelCudaMajor(variant)} builds of torch on the CUDA ${cuda} base \`${stage.rootImage.resolved}\`: two CUDA stacks in the image, and extensions built with the base's nvcc will not match torch; ${use}.`
          });
        }
        continue;
      }
      if (!urls.length && !unknown2) {
        const mismatch = pypiBuildMismatch(torchWords, base, cuda, install2);
        if (mismatch) {
          report({ range: mismatch.word.range, message: mismatch.text });
          continue;
        }
      }
      if (urls.length || unknown2 || !isCpuBase(base) || stage.rootImage.raw.replace(/:[^/]*$/, "").includes("$")) continue;
      if (/arm64|aarch64/.test(stage.platform ?? "")) continue;
      if (configuredElsewhere(firstConfig(install2.tool), chain, install2.instruction) || meantForGpu(gpuStages, chain, install2.instruction)) continue;
      const first = torchWords[0];
      const alone = torchWords.length === install2.packages.length;
      const how = alone ? "add `--index-url https://download.pytorch.org/whl/cpu`" : "install torch on its own first with `--index-url https://download.pytorch.org/whl/cpu`";
      report({
        range: first.range,
        message: `\`${first.value}\` from PyPI is the CUDA build (about 2.5 GB of \`nvidia-*\` wheels on x86_64) and \`${stage.rootImage.resolved}\` is a CPU base; if the image runs on CPU, ${how}.`
      });
    }
  }
});

// src/knowledge/image-env.ts
var COMMON_IMAGE_VARIABLES = [
  "PATH",
  "HOME",
  "HOSTNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "LC_*",
  "TERM",
  "TZ",
  "LD_LIBRARY_PATH",
  "LIBRARY_PATH",
  "PKG_CONFIG_PATH",
  "PYTHON_VERSION",
  "PYTHON_SHA256",
  "PYTHON_PIP_VERSION",
  "PYTHON_SETUPTOOLS_VERSION",
  "PYTHON_GET_PIP_URL",
  "PYTHON_GET_PIP_SHA256",
  "PIP_*",
  "GPG_KEY",
  "GPG_KEYS",
  "VIRTUAL_ENV",
  "NODE_VERSION",
  "YARN_VERSION",
  "GOPATH",
  "GOLANG_VERSION",
  "GOTOOLCHAIN",
  "JAVA_HOME",
  "JAVA_VERSION",
  "CUDA_*",
  "NVIDIA_*",
  "NV_*",
  "NCCL_VERSION",
  "CUDNN_VERSION",
  "CONDA_DIR",
  "MAMBA_ROOT_PREFIX",
  "MAMBA_USER",
  "MAMBA_EXE",
  "NB_USER",
  "NB_UID",
  "NB_GID"
];
var OFFICIAL_EXTRA = {
  golang: ["GO*"],
  ruby: ["GEM_HOME", "BUNDLE_*", "LANG"],
  rust: ["RUSTUP_HOME", "CARGO_HOME"],
  php: ["PHPIZE_DEPS"],
  postgres: ["PG_*", "PGDATA", "GOSU_VERSION"],
  mysql: ["GOSU_VERSION"],
  mariadb: ["GOSU_VERSION", "MARIADB_*"],
  mongo: ["GOSU_VERSION", "JSYAML_*"],
  redis: ["GOSU_VERSION"],
  nginx: ["NJS_*", "PKG_RELEASE", "DYNPKG_RELEASE"],
  tomcat: ["CATALINA_HOME"],
  erlang: ["OTP_*", "REBAR3_*"],
  elixir: ["OTP_*"],
  haskell: ["GHC", "CABAL_INSTALL", "STACK"],
  dart: ["PUB_CACHE", "DART_SDK"],
  maven: ["MAVEN_*"],
  gradle: ["GRADLE_*"],
  openjdk: ["JAVA_*"],
  "eclipse-temurin": ["JAVA_*"],
  amazoncorretto: ["JAVA_*"],
  "ibm-semeru-runtimes": ["JAVA_*"],
  sapmachine: ["JAVA_*"],
  "r-base": ["R_BASE_VERSION"],
  docker: ["DOCKER_*"],
  bash: ["_BASH_*"],
  clojure: ["LEIN_*", "CLOJURE_*"]
};
var OFFICIAL4 = new Set(OFFICIAL_IMAGES);
function matches(name, pattern) {
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}
function isCommonImageVariable(name) {
  return COMMON_IMAGE_VARIABLES.some((p) => matches(name, p));
}
var COMMON_IMAGE_VARIABLE_NAMES = COMMON_IMAGE_VARIABLES.filter((p) => !p.endsWith("*"));
function knownImageEnvironment(image) {
  if (image.isScratch) return () => false;
  const ref = image.name;
  if (!ref) return null;
  if (ref.familiar === "nvidia/cuda") return () => false;
  if (ref.registry !== null || ref.namespace !== "library" || !OFFICIAL4.has(ref.repository)) return null;
  const own = `${ref.repository.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_`;
  const extra = OFFICIAL_EXTRA[ref.repository] ?? [];
  return (name) => name.startsWith(own) || extra.some((p) => matches(name, p));
}

// rules/undefined-var.ts
var PLATFORM_DEFAULTS = {
  TARGETPLATFORM: "linux/amd64",
  TARGETOS: "linux",
  TARGETARCH: "amd64",
  TARGETVARIANT: "",
  BUILDPLATFORM: "linux/amd64",
  BUILDOS: "linux",
  BUILDARCH: "amd64",
  BUILDVARIANT: ""
};
var DEFAULT_FORMS = /* @__PURE__ */ new Set([":-", "-", ":+", "+"]);
function ignored(name) {
  return name.startsWith("BUILDKIT_") || !/^[A-Za-z_]/.test(name) || PROXY_ARGS.includes(name);
}
function validReference(ref) {
  const name = parseImageName(ref);
  if (!name) return false;
  const component = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
  if (!name.path.split("/").every((p) => component.test(p))) return false;
  if (name.tag !== null && !/^[\w][\w.-]{0,127}$/.test(name.tag)) return false;
  if (name.digest !== null && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(name.digest)) return false;
  return !/[A-Z]/.test(ref.split("/").slice(name.registry ? 1 : 0).join("/").split(/[:@]/)[0]);
}
var undefined_var_default = defineRule({
  meta: {
    id: "undefined-var",
    category: "correctness",
    severity: "warning",
    preset: "recommended",
    description: "A `$VAR` that no `ARG` or `ENV` in scope defines (so it expands to an empty string).",
    docs: {
      why: [
        "Docker expands `$VAR` in `FROM`, `ENV`, `ARG`, `LABEL`, `COPY`, `ADD`, `WORKDIR`, `USER`, `VOLUME`, `STOPSIGNAL` and `RUN --mount` from build variables; an undefined one silently becomes an empty string (`ENV PATH=$CUDA_HOM/bin:$PATH` yields `/bin:…`). Scopes follow BuildKit: an `ARG` before the first `FROM` is visible only in `FROM` lines until the stage re-declares it (`ARG NAME`, which inherits the default); so are the automatic platform args (`TARGETARCH`, `BUILDPLATFORM`, …); `ARG` and `ENV` carry over through `FROM <stage>`. In shell-form `RUN`, `CMD` and `ENTRYPOINT` the shell expands variables; of those, only a global `ARG` that a `RUN`'s stage never re-declares (and the script never sets) is reported: BuildKit does not pass it to the `RUN`, so it is empty there.",
        "",
        "In `FROM` lines every undeclared name is reported (`UndefinedArgInFrom`), also with a default (`${TAG:-3.12}` cannot be overridden without `ARG TAG`), and so is an image that resolves to an empty or invalid reference with the declared defaults (`InvalidDefaultArgInFrom`). Elsewhere, `${VAR:-default}` and `${VAR:+alt}` are not reported (the author planned for an unset value).",
        "",
        "BuildKit sees the base image's environment; dlint cannot, so it treats these names as defined: " + COMMON_IMAGE_VARIABLES.map((n) => `\`${n}\``).join(", ") + ", plus, on Docker Official Images, the variables named after the image (`PYTHON_*` on `python`, `NGINX_*` on `nginx`, `GOPATH` on `golang`, …). On a base image whose environment it does not know, it reports only names that are a near miss of a defined one (typos), a global `ARG` not re-declared in the stage, and a name declared only later."
      ].join("\n"),
      bad: "ARG APP_DIR=/srv/app\nFROM python:3.12-slim\nWORKDIR $APP_DIR\nENV PATH=$VIRTUAL_EN/bin:$PATH",
      good: "ARG APP_DIR=/srv/app\nFROM python:3.12-slim\nARG APP_DIR\nWORKDIR $APP_DIR\nENV VIRTUAL_ENV=/opt/venv\nENV PATH=$VIRTUAL_ENV/bin:$PATH"
    },
    fixable: false,
    covers: ["UndefinedVar", "UndefinedArgInFrom", "InvalidDefaultArgInFrom"]
  },
  check({ model, report }) {
    const globalProps = model.instructions.filter((i) => i.keyword === "ARG" && !i.stage).flatMap((i) => i.properties);
    const globalNames = new Set(globalProps.map((p) => p.name));
    const withDefault = new Set(globalProps.filter((p) => p.rawValue !== null).map((p) => p.name));
    const withoutDefault = new Set([...globalNames].filter((n) => !withDefault.has(n)));
    const fromScope = /* @__PURE__ */ new Set([...globalNames, ...PLATFORM_ARGS]);
    for (const stage of model.stages) {
      const from = stage.from;
      for (const use of from.expansions) {
        if (fromScope.has(use.name) || ignored(use.name)) continue;
        const hint = nearest(use.name, fromScope, 2);
        report({
          range: use.range,
          message: `FROM argument \`${use.name}\` is not declared; add \`ARG ${use.name}=<default>\` before the first \`FROM\`${hint ? ` (did you mean \`${hint}\`?)` : ""}.`
        });
      }
      checkDefaultImage(stage, { values: model.globalArgs, withoutDefault }, report);
      for (const ins of stage.instructions) {
        if (ins.keyword !== "FROM") checkInstruction2(ins, stage, globalNames, report);
        if (ins.keyword === "RUN") checkRunGlobals(ins, stage, globalNames, report);
      }
    }
  }
});
function checkDefaultImage(stage, globalArgs, report) {
  const image = stage.image;
  if (!image.raw.includes("$")) return;
  const scope = /* @__PURE__ */ new Map();
  for (const [name, value2] of globalArgs.values) {
    if (value2 !== void 0) scope.set(name, value2);
    else if (PLATFORM_ARGS.includes(name)) scope.set(name, PLATFORM_DEFAULTS[name]);
    else if (globalArgs.withoutDefault.has(name) || PROXY_ARGS.includes(name)) scope.set(name, "");
    else return;
  }
  const word2 = processWord(image.raw, scope, { undeclaredIsEmpty: true });
  if (word2.variables.some((v) => !scope.has(v.name))) return;
  const value = word2.value;
  if (value && (value.toLowerCase() === "scratch" || validReference(value))) return;
  report({
    range: image.range,
    message: `With the declared ARG defaults, \`${image.raw}\` resolves to ${value ? `the invalid image name \`${value}\`` : "an empty image name"}, so the build fails unless \`--build-arg\` is passed; give the ARG a default.`
  });
}
var declarationCache = /* @__PURE__ */ new WeakMap();
function declarationsOf(stage) {
  let byName = declarationCache.get(stage);
  if (!byName) {
    byName = /* @__PURE__ */ new Map();
    for (const ins of stage.instructions) {
      if (ins.keyword !== "ARG" && ins.keyword !== "ENV") continue;
      for (const p of ins.properties) {
        const list = byName.get(p.name) ?? [];
        if (list[list.length - 1] !== ins) list.push(ins);
        byName.set(p.name, list);
      }
    }
    declarationCache.set(stage, byName);
  }
  return byName;
}
function checkRunGlobals(ins, stage, globalNames, report) {
  const script = ins.run?.script;
  if (!script || ins.run.execForm || globalNames.size === 0) return;
  const rootEnv = knownImageEnvironment(stage.rootImage);
  const seen = /* @__PURE__ */ new Set();
  for (const command2 of script.commands) {
    for (const word2 of command2.argv) {
      if (word2.literal) continue;
      for (const m of word2.value.matchAll(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g)) {
        const name = m[1] ?? m[2];
        const key = `${word2.range.start.line}:${word2.range.start.column}:${name}`;
        if (seen.has(key) || !globalNames.has(name) || ins.state.env.has(name)) continue;
        seen.add(key);
        if (isCommonImageVariable(name) || rootEnv?.(name) || reassigns(name, ins.argsText)) continue;
        report({
          range: word2.range,
          message: `\`$${name}\` is a global ARG that this stage does not re-declare, so it is empty in this RUN; add \`ARG ${name}\` after the stage's \`FROM\`.`
        });
      }
    }
  }
}
function checkInstruction2(ins, stage, globalNames, report) {
  if (!ins.expansions.length) return;
  const scope = ins.state.env;
  const own = (use) => ins.keyword === "ARG" && ins.properties.some((p) => p.name === use.name) || ins.keyword === "ENV" && ins.properties.some((p) => p.name === use.name && !(p.valueRange && rangeContains(p.valueRange, use.range)));
  const rootEnv = knownImageEnvironment(stage.rootImage);
  let candidates2 = null;
  const nearMiss = (name) => nearest(name, candidates2 ??= [...[...scope.keys()].filter((k) => !PROXY_ARGS.includes(k)), ...COMMON_IMAGE_VARIABLE_NAMES], name.length >= 4 ? 2 : 1);
  for (const use of ins.expansions) {
    const name = use.name;
    if (scope.has(name) || own(use) || ignored(name) || DEFAULT_FORMS.has(use.modifier)) continue;
    if (isCommonImageVariable(name)) continue;
    let message2 = null;
    const later = declarationsOf(stage).get(name)?.find((d) => d.index > ins.index);
    const extendsItself = ins.keyword === "ENV" && ins.properties.some((p) => p.name === name && p.valueRange && rangeContains(p.valueRange, use.range));
    const hint = nearMiss(name);
    if (globalNames.has(name)) {
      message2 = `\`$${name}\` is a global ARG, visible only in \`FROM\` lines; add \`ARG ${name}\` inside this stage to use it here.`;
    } else if (PLATFORM_ARGS.includes(name)) {
      message2 = `\`$${name}\` is an automatic platform ARG, not visible in a stage until declared; add \`ARG ${name}\` to this stage.`;
    } else if (extendsItself) {
      if (rootEnv && !rootEnv(name)) {
        message2 = `\`$${name}\` is not set before this line, so \`${name}\` gets an empty entry; drop \`$${name}\` or write \`\${${name}:+$${name}:}\` instead.`;
      }
    } else if (later) {
      message2 = `\`$${name}\` is used before its declaration at line ${later.range.start.line}, so it expands to an empty string here; declare it earlier.`;
    } else if (rootEnv && !rootEnv(name)) {
      message2 = `\`$${name}\` is not defined by any ARG or ENV in scope, so it expands to an empty string; declare it or fix the name${hint ? ` (did you mean \`$${hint}\`?)` : ""}.`;
    } else if (!rootEnv && hint && name.length >= 4) {
      message2 = `\`$${name}\` is not defined in this Dockerfile; did you mean \`$${hint}\`?`;
    }
    if (message2) report({ range: use.range, message: message2 });
  }
}

// rules/useradd-large-uid.ts
var MAX_SHORT_UID = 99999;
var useradd_large_uid_default = defineRule({
  meta: {
    id: "useradd-large-uid",
    category: "size",
    severity: "warning",
    preset: "recommended",
    description: "`useradd` with a UID above 99999 without `-l` / `--no-log-init`.",
    docs: {
      why: "`useradd` reserves a record for the new UID in `/var/log/lastlog` and `/var/log/faillog`, which are indexed by UID: a UID of 1000000 makes them sparse files of hundreds of MB. Docker does not keep layer files sparse, so the build slows down, can exhaust the disk, and the image grows. `-l` (`--no-log-init`) skips those records.",
      bad: "RUN useradd -u 1000001 -m app",
      good: "RUN useradd -l -u 1000001 -m app"
    },
    fixable: false,
    covers: ["DL3046"]
  },
  check({ model, report }) {
    for (const { command: command2 } of runCommands(model)) {
      const inv = command2.invocation;
      if (inv.program !== "useradd" || hasOption(inv, "-l", "--no-log-init")) continue;
      const uid = optionValue(inv, "-u", "--uid");
      if (uid === null || !/^\d+$/.test(uid) || Number(uid) <= MAX_SHORT_UID) continue;
      report({
        range: command2.argv[0].range,
        message: `\`useradd\` with UID ${uid} without \`-l\` writes huge sparse \`lastlog\`/\`faillog\` files into the layer; add \`-l\` (\`--no-log-init\`).`
      });
    }
  }
});

// rules/wget-and-curl.ts
var wget_and_curl_default = defineRule({
  meta: {
    id: "wget-and-curl",
    category: "size",
    severity: "style",
    preset: "recommended",
    description: "Both `wget` and `curl` are used in the shipped image.",
    docs: {
      why: "`wget` and `curl` do the same job in a Dockerfile. Using both means installing (and patching) two HTTP clients with their libraries where one is enough. Pick one and use it everywhere. Only the final stage and the stages it is built from count; on Alpine, BusyBox already provides `wget`, so it counts only when the GNU package is installed. When neither client is installed by the Dockerfile (the base image ships both), nothing would leave the image and the rule stays silent.",
      bad: "RUN wget -q https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz",
      good: "RUN curl -fsSLO https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz"
    },
    fixable: false,
    covers: ["DL4001"]
  },
  check({ model, report }) {
    const shipped = shippedChain(model);
    const runs = runInstructions(model).filter((i) => i.stage && shipped.includes(i.stage));
    const first = /* @__PURE__ */ new Map();
    for (const ins of runs) {
      for (const cmd of ins.run.script.commands) {
        if (cmd.name !== "wget" && cmd.name !== "curl" || first.has(cmd.name)) continue;
        if (cmd.name === "wget" && isBusyboxBase(ins.stage) && !installsGnuWget(runs, ins)) continue;
        first.set(cmd.name, { word: cmd.argv[0], line: cmd.argv[0].range.start.line });
      }
    }
    const wget = first.get("wget");
    const curl = first.get("curl");
    if (!wget || !curl) return;
    if (!installs(model, runs, "wget") && !installs(model, runs, "curl")) return;
    const [earlier, later, tool, other] = before2(wget.word, curl.word) ? [wget, curl, "curl", "wget"] : [curl, wget, "wget", "curl"];
    report({
      range: later.word.range,
      message: `\`${tool}\` is used here and \`${other}\` on line ${earlier.line}; use one HTTP client for every download so the image ships only one.`
    });
  }
});
function before2(a, b) {
  return a.range.start.line < b.range.start.line || a.range.start.line === b.range.start.line && a.range.start.column < b.range.start.column;
}
function installs(model, runs, client) {
  return ["apt", "apk", "rpm", "zypper"].some(
    (tool) => packageInstalls(model, tool).some((i) => runs.includes(i.instruction) && i.packages.some((w) => w.value.split(/[=<>~]/)[0] === client))
  );
}
function installsGnuWget(runs, upTo) {
  return runs.some(
    (i) => i.index <= upTo.index && callsIn(i.run.script, "apk", ["add"]).some(({ invocation }) => invocation.operands.some((w) => w.value === "wget"))
  );
}

// rules/wget-progress.ts
var wget_progress_default = defineRule({
  meta: {
    id: "wget-progress",
    category: "size",
    severity: "info",
    preset: "strict",
    description: "`wget` without `--progress=…`, `-q` or `-nv`.",
    docs: {
      why: "When its output is not a terminal, as in a build, GNU wget prints its progress as lines of dots: a line per 50 KB, tens of thousands of lines for a model or toolkit download, which bloats build logs and CI output. `--progress=dot:giga` keeps a short progress report; `-q` or `-nv` drop it. Alpine and BusyBox images, whose `wget` is the BusyBox applet, are not reported.",
      bad: "RUN wget https://example.com/model.tar.gz",
      good: "RUN wget --progress=dot:giga https://example.com/model.tar.gz"
    },
    fixable: false,
    covers: ["DL3047"]
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      if (ins.stage && isBusyboxBase(ins.stage)) continue;
      for (const cmd of ins.run.script.commands) {
        if (cmd.invocation.tool !== "wget" || cmd.invocation.opaqueOptions || quiet(cmd.invocation)) continue;
        report({
          range: cmd.argv[0].range,
          message: "`wget` prints a line of dots per 50 KB in a build; add `--progress=dot:giga` (or `-q` / `-nv`)."
        });
      }
    }
  }
});
function quiet(inv) {
  const logsLittle = inv.options.some(
    (o) => ["--progress", "--quiet", "--no-verbose", "--output-file", "--append-output", "--background", "-q", "-b", "-o", "-a"].includes(o.name) || o.name === "-n" && (o.value ?? "").startsWith("v")
  );
  const downloads = inv.operands.length > 0 || hasOption(inv, "-i", "--input-file");
  return logsLittle || !downloads;
}

// rules/workdir-absolute.ts
var workdir_absolute_default = defineRule({
  meta: {
    id: "workdir-absolute",
    category: "correctness",
    severity: "warning",
    preset: "recommended",
    description: "The first `WORKDIR` of a stage is a relative path.",
    docs: {
      why: "A relative `WORKDIR` is resolved against the working directory of the base image, which the Dockerfile does not control: when the base image changes its `WORKDIR`, files land elsewhere. Use an absolute path for the first `WORKDIR` of the stage (later relative ones build on it, as BuildKit allows); one inherited from a parent stage (`FROM builder`) counts.",
      bad: "FROM python:3.12-slim\nWORKDIR app",
      good: "FROM python:3.12-slim\nWORKDIR /app",
      fixSafety: "The fix writes the path from `/` (`WORKDIR app` → `WORKDIR /app`). It is safe on bases known to start at `/` (scratch, Docker Official Images that set no `WORKDIR`, NVIDIA CUDA), where both name the same folder, and unsafe on other bases, whose own `WORKDIR` the relative path was resolved against. No fix for quoted paths, variables or `..`."
    },
    fixable: true,
    fixKind: "mixed",
    covers: ["DL3000", "WorkdirRelativePath"]
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const first = stage.instructions.find((i) => i.keyword === "WORKDIR");
      if (!first || !first.argsRange || workdirSetBefore(stage.parent)) continue;
      const path17 = first.words[0];
      if (!path17) continue;
      if (path17.raw.replace(/^["']/, "").startsWith("$") || isAbsolutePath(path17.value ?? path17.raw)) continue;
      const suggestion = `/${(path17.value ?? path17.raw).replace(/^\.\/?/, "")}`;
      const plain2 = path17.value === path17.raw && !path17.raw.split("/").includes("..");
      report({
        range: path17.range,
        ...plain2 ? { fix: { description: `Write \`${suggestion}\``, edits: [{ range: path17.range, text: suggestion }], safe: startsAtRoot(stage.rootImage) } } : {},
        message: `\`WORKDIR ${path17.raw}\` is relative, so it depends on the base image's working directory; use an absolute path such as \`${suggestion}\`.`
      });
    }
  }
});
function workdirSetBefore(stage) {
  for (let s = stage; s; s = s.parent) if (s.instructions.some((i) => i.keyword === "WORKDIR")) return true;
  return false;
}

// rules/yarn-cache-clean.ts
var YARN_CACHE = ["/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/home/node/.cache/yarn"];
var yarn_cache_clean_default = defineRule({
  meta: {
    id: "yarn-cache-clean",
    category: "size",
    severity: "info",
    preset: "recommended",
    description: "`yarn install` without `yarn cache clean` (or a cache mount on the yarn cache) in the same `RUN` of the shipped image.",
    docs: {
      why: "Yarn copies every package it downloads into its global cache (`/usr/local/share/.cache/yarn` for root), so after `yarn install` the layer holds each dependency twice: in `node_modules` and in the cache. Run `yarn cache clean` in the same `RUN`, or, with BuildKit, mount the cache folder as a cache so it never lands in the layer and rebuilds reuse it. Build stages that are only copied from (`COPY --from=build /app/dist`) are not reported.",
      bad: "RUN yarn install --frozen-lockfile",
      good: "RUN yarn install --frozen-lockfile && yarn cache clean\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile",
      fixSafety: "The fix ends the same `RUN` with `yarn cache clean` (the program written as in the install), joined with `&&` in the `RUN`'s continuation style. It is unsafe: the linter cannot tell Yarn 1 from Yarn 2+, and under Yarn 2+ Plug'n'Play the cache is where the application loads its packages from, so cleaning it breaks the image. With Yarn 1 (`node_modules`) the cache is only a second copy and the fix is what you want. No fix for exec form, a last command sent to the background, or a `yarn` run through a wrapper other than `sudo` (`npx yarn`, `corepack yarn`: `yarn` may not be on the `PATH`)."
    },
    fixable: true,
    fixKind: "unsafe",
    covers: ["DL3060"]
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run.script;
      const installs2 = cacheFillsIn(script, "yarn").filter((c) => !c.command.args.some((w) => !w.literal) && (c.invocation.subcommand !== null || !c.invocation.options.some((o) => ["--version", "-v", "--help", "-h"].includes(o.name))));
      if (installs2.length === 0 || !ins.stage) continue;
      if (cacheMountTargets(ins).some((t) => /yarn/i.test(t)) || hasCacheMountOn(ins, YARN_CACHE)) continue;
      const cleans = script.commands.some((c) => isCall(c.invocation, "yarn", "cache") && c.invocation.operands[0]?.value === "clean");
      const folders = installs2.map((i) => optionValue(i.invocation, "--cache-folder")).filter((f) => f !== null);
      const removes = removesPath(script, (p) => /yarn/i.test(p) || /(^|\/)\.cache(\/\*?)?$/.test(p) || folders.some((f) => p.startsWith(f)));
      if (cleans || removes || runsCleanupScript(script)) continue;
      if (!cacheShips(model, ins.stage, YARN_CACHE)) continue;
      const { command: command2, invocation, subcommand } = installs2[0];
      const program = programText(model, command2);
      const prefix = runAsPrefix(command2);
      const fixed = `${prefix ?? ""}${program ?? ""} cache clean`;
      const edit = program === null || prefix === null ? null : appendCommand(model, ins, fixed);
      const what = invocation.path.length === 0 ? "`yarn`" : `\`yarn ${invocation.path.map((w) => w.value).join(" ")}\``;
      report({
        range: subcommand.range,
        message: `${what} leaves a second copy of every package in the yarn cache; end the same \`RUN\` with \`yarn cache clean\`, or use \`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn\`.`,
        ...edit ? { fix: { description: `End the \`RUN\` with \`${fixed}\``, edits: [edit], safe: false } } : {}
      });
    }
  }
});

// rules/index.ts
var builtinRules = [
  base_image_tag_default,
  base_image_digest_default,
  official_base_image_default,
  gpu_base_tag_default,
  gpu_devel_final_stage_default,
  base_image_platform_default,
  apt_pin_versions_default,
  pip_pin_versions_default,
  requirements_pin_versions_default,
  npm_pin_versions_default,
  apk_pin_versions_default,
  rpm_pin_versions_default,
  gem_pin_versions_default,
  conda_pin_versions_default,
  go_pin_versions_default,
  non_root_user_default,
  numeric_user_default,
  no_sudo_default,
  secrets_in_arg_env_default,
  curl_pipe_shell_default,
  add_remote_url_default,
  copy_not_add_default,
  layer_cache_order_default,
  pip_no_cache_dir_default,
  apt_cleanup_default,
  apt_no_install_recommends_default,
  apt_get_yes_default,
  apt_get_not_apt_default,
  apk_no_cache_default,
  rpm_cleanup_default,
  conda_cleanup_default,
  dockerignore_missing_default,
  copy_ignored_file_default,
  yarn_cache_clean_default,
  torch_wheel_variant_default,
  consecutive_run_default,
  useradd_large_uid_default,
  wget_progress_default,
  wget_and_curl_default,
  cmd_present_default,
  expose_present_default,
  server_bind_address_default,
  exec_form_cmd_default,
  invalid_json_form_default,
  single_cmd_default,
  healthcheck_present_default,
  shell_pipefail_default,
  syntax_error_default,
  from_first_default,
  stage_name_unique_default,
  copy_from_stage_default,
  undefined_var_default,
  env_self_reference_default,
  workdir_absolute_default,
  cd_in_run_default,
  copy_relative_dest_default,
  copy_multi_dest_slash_default,
  expose_valid_default,
  maintainer_deprecated_default,
  instruction_casing_default,
  legacy_key_value_default,
  empty_continuation_default,
  onbuild_invalid_default,
  pointless_commands_default,
  label_schema_default,
  shell_check_default,
  shellcheck_default
];

// src/coverage.ts
var bk = (id, summary, coveredBy) => ({ id, source: "buildkit", summary, coveredBy });
var hl = (id, summary, coveredBy) => ({ id, source: "hadolint", summary, coveredBy });
var none = (source, id, summary, reason) => ({ id, source, summary, reason });
var retired = (id, summary) => none("hadolint", id, summary, "Retired by hadolint (no longer in its rule set); nothing to cover.");
var COVERAGE = [
  bk("StageNameCasing", "Stage names should be lowercase", "instruction-casing"),
  bk("FromAsCasing", "The 'as' keyword should match the case of the 'from' keyword", "instruction-casing"),
  bk("NoEmptyContinuation", "Empty continuation lines will become errors", "empty-continuation"),
  bk("ConsistentInstructionCasing", "Instructions should be in consistent casing", "instruction-casing"),
  bk("DuplicateStageName", "Stage names should be unique", "stage-name-unique"),
  bk("ReservedStageName", "Reserved words should not be used as stage names", "stage-name-unique"),
  bk("JSONArgsRecommended", "JSON arguments recommended for ENTRYPOINT/CMD", "exec-form-cmd"),
  bk("MaintainerDeprecated", "The MAINTAINER instruction is deprecated", "maintainer-deprecated"),
  bk("UndefinedArgInFrom", "FROM command must use declared ARGs", "undefined-var"),
  bk("WorkdirRelativePath", "Relative workdir without an absolute workdir declared in the build", "workdir-absolute"),
  bk("UndefinedVar", "Variables should be defined before their use", "undefined-var"),
  bk("MultipleInstructionsDisallowed", "Multiple CMD/ENTRYPOINT/HEALTHCHECK in one stage", "single-cmd"),
  bk("LegacyKeyValueFormat", "Legacy key/value format with whitespace separator", "legacy-key-value"),
  none(
    "buildkit",
    "InvalidBaseImagePlatform",
    "Base image platform does not match the expected target platform",
    "Needs the pulled image's platform from the registry; dlint lints offline, without pulling images."
  ),
  bk("RedundantTargetPlatform", "Setting the platform to $TARGETPLATFORM is redundant", "base-image-platform"),
  bk("SecretsUsedInArgOrEnv", "Sensitive data should not be used in ARG or ENV", "secrets-in-arg-env"),
  bk("InvalidDefaultArgInFrom", "Default ARG values should give a valid base image", "undefined-var"),
  bk("FromPlatformFlagConstDisallowed", "FROM --platform should not use a constant value", "base-image-platform"),
  bk("CopyIgnoredFile", "COPY/ADD of a file excluded by .dockerignore", "copy-ignored-file"),
  none(
    "buildkit",
    "InvalidDefinitionDescription",
    "Comment for a build stage or ARG should follow the format `# <name> <description>`",
    "Experimental, opt-in BuildKit check about documentation-comment wording for `docker buildx build --call=outline`; not a build problem."
  ),
  bk("ExposeProtoCasing", "Protocol in EXPOSE should be lowercase", "expose-valid"),
  bk("ExposeInvalidFormat", "EXPOSE should not define an IP address or host-port mapping", "expose-valid"),
  none("hadolint", "DL1001", "Please refrain from using inline ignore pragmas", "A rule against suppressions is not a Dockerfile problem; dlint honours `# hadolint ignore=` comments as suppressions instead."),
  hl("DL3000", "Use absolute WORKDIR", "workdir-absolute"),
  hl("DL3001", "Commands that make no sense in a container (ssh, vim, …)", "pointless-commands"),
  hl("DL3002", "Last user should not be root", "non-root-user"),
  hl("DL3003", "Use WORKDIR to switch to a directory", "cd-in-run"),
  hl("DL3004", "Do not use sudo", "no-sudo"),
  retired("DL3005", "Do not use apt-get upgrade or dist-upgrade"),
  hl("DL3006", "Always tag the version of an image explicitly", "base-image-tag"),
  hl("DL3007", "Using latest is prone to errors", "base-image-tag"),
  hl("DL3008", "Pin versions in apt-get install", "apt-pin-versions"),
  hl("DL3009", "Delete the apt-get lists after installing something", "apt-cleanup"),
  none(
    "hadolint",
    "DL3010",
    "Use ADD for extracting archives into an image",
    "Copying an archive and unpacking it in a RUN is often deliberate (checksums, selective extraction); dlint flags the opposite mistake, ADD of plain files (`copy-not-add`)."
  ),
  hl("DL3011", "Valid UNIX ports range from 0 to 65535", "expose-valid"),
  hl("DL3012", "Multiple HEALTHCHECK instructions", "single-cmd"),
  hl("DL3013", "Pin versions in pip", "pip-pin-versions"),
  hl("DL3014", "Use the -y switch with apt-get install", "apt-get-yes"),
  hl("DL3015", "Avoid additional packages by specifying --no-install-recommends", "apt-no-install-recommends"),
  hl("DL3016", "Pin versions in npm", "npm-pin-versions"),
  retired("DL3017", "Do not use apk upgrade"),
  hl("DL3018", "Pin versions in apk add", "apk-pin-versions"),
  hl("DL3019", "Use the --no-cache switch with apk add", "apk-no-cache"),
  hl("DL3020", "Use COPY instead of ADD for files and folders", "copy-not-add"),
  hl("DL3021", "COPY with more than 2 arguments requires the last argument to end with /", "copy-multi-dest-slash"),
  hl("DL3022", "COPY --from should reference a previously defined FROM alias", "copy-from-stage"),
  hl("DL3023", "COPY --from cannot reference its own FROM alias", "copy-from-stage"),
  hl("DL3024", "FROM aliases (stage names) must be unique", "stage-name-unique"),
  hl("DL3025", "Use arguments JSON notation for CMD and ENTRYPOINT", "exec-form-cmd"),
  hl("DL3026", "Use only an allowed registry in the FROM image", "official-base-image"),
  hl("DL3027", "Do not use apt, use apt-get or apt-cache", "apt-get-not-apt"),
  hl("DL3028", "Pin versions in gem install", "gem-pin-versions"),
  hl("DL3029", "Do not use --platform flag with FROM", "base-image-platform"),
  hl("DL3030", "Use the -y switch with yum install", "rpm-cleanup"),
  retired("DL3031", "Do not use yum update"),
  hl("DL3032", "yum clean all missing after yum command", "rpm-cleanup"),
  hl("DL3033", "Specify version with yum install", "rpm-pin-versions"),
  hl("DL3034", "Non-interactive switch missing from zypper command", "rpm-cleanup"),
  none(
    "hadolint",
    "DL3035",
    "Do not use zypper dist-upgrade",
    "Upgrading the whole distribution inside an image build is rare in the Dockerfiles dlint targets; no rule yet."
  ),
  hl("DL3036", "zypper clean missing after zypper use", "rpm-cleanup"),
  hl("DL3037", "Specify version with zypper install", "rpm-pin-versions"),
  hl("DL3038", "Use the -y switch with dnf install", "rpm-cleanup"),
  retired("DL3039", "Do not use dnf update"),
  hl("DL3040", "dnf clean all missing after dnf command", "rpm-cleanup"),
  hl("DL3041", "Specify version with dnf install", "rpm-pin-versions"),
  hl("DL3042", "Avoid the pip cache with --no-cache-dir", "pip-no-cache-dir"),
  hl("DL3043", "ONBUILD, FROM or MAINTAINER triggered from within ONBUILD", "onbuild-invalid"),
  hl("DL3044", "Do not refer to an environment variable within the same ENV statement", "env-self-reference"),
  hl("DL3045", "COPY to a relative destination without WORKDIR set", "copy-relative-dest"),
  hl("DL3046", "useradd without -l and a high UID makes a huge image", "useradd-large-uid"),
  hl("DL3047", "wget without --progress bloats build logs", "wget-progress"),
  hl("DL3048", "Invalid label key", "label-schema"),
  hl("DL3049", "Label is missing", "label-schema"),
  hl("DL3050", "Superfluous label(s) present", "label-schema"),
  hl("DL3051", "Label is empty", "label-schema"),
  hl("DL3052", "Label is not a valid URL", "label-schema"),
  hl("DL3053", "Label is not a valid RFC 3339 time", "label-schema"),
  hl("DL3054", "Label is not a valid SPDX identifier", "label-schema"),
  hl("DL3055", "Label is not a valid git hash", "label-schema"),
  hl("DL3056", "Label does not conform to semantic versioning", "label-schema"),
  hl("DL3057", "HEALTHCHECK instruction missing", "healthcheck-present"),
  hl("DL3058", "Label is not a valid e-mail address", "label-schema"),
  hl("DL3059", "Multiple consecutive RUN instructions", "consecutive-run"),
  hl("DL3060", "yarn cache clean missing after yarn install", "yarn-cache-clean"),
  hl("DL3061", "Dockerfile must begin with FROM, ARG or a comment", "from-first"),
  hl("DL3062", "Pin versions in go install", "go-pin-versions"),
  hl("DL3063", "Stage name should not be a reserved word", "stage-name-unique"),
  hl("DL3064", "Sensitive data should not be used in ARG or ENV", "secrets-in-arg-env"),
  hl("DL3065", "FROM --platform=$TARGETPLATFORM is redundant", "base-image-platform"),
  hl("DL3066", "Non-numeric user id may not be resolvable by the host", "numeric-user"),
  none(
    "hadolint",
    "DL3067",
    "Do not copy an entire filesystem from another stage",
    "Copying a whole stage root (`COPY --from=build / /`) is a deliberate flattening pattern in the multi-stage builds dlint sees; no rule yet."
  ),
  hl("DL4000", "MAINTAINER is deprecated", "maintainer-deprecated"),
  hl("DL4001", "Either use wget or curl, not both", "wget-and-curl"),
  none("hadolint", "DL4002", "(unused number)", "hadolint has no rule with this number."),
  hl("DL4003", "Multiple CMD instructions", "single-cmd"),
  hl("DL4004", "Multiple ENTRYPOINT instructions", "single-cmd"),
  none(
    "hadolint",
    "DL4005",
    "Use SHELL to change the default shell",
    "Replacing /bin/sh with `ln -s` is rare in the images dlint targets, and `shell-pipefail` already steers users to SHELL; no rule yet."
  ),
  hl("DL4006", "Set -o pipefail before RUN with a pipe", "shell-pipefail")
];
function coversId(entry, id) {
  const e = entry.toLowerCase();
  const want = id.trim().toLowerCase();
  return e.endsWith("*") ? want.startsWith(e.slice(0, -1)) && /\d$/.test(want) : e === want;
}
function rulesCovering(id, rules = builtinRules) {
  return rules.filter((r) => r.meta.covers.some((c) => coversId(c, id)));
}
function coverageOf(id) {
  const want = id.trim().toLowerCase();
  return COVERAGE.find((e) => e.id.toLowerCase() === want);
}

// src/docs.ts
var HOMEPAGE = "https://github.com/dlint-dev/dlint";
function ruleDocUrl(id) {
  return `${HOMEPAGE}/blob/main/docs/rules/${id}.md`;
}
function presetLabel(meta) {
  return meta.preset === "recommended" ? "on (recommended)" : meta.preset === "strict" ? "strict preset only" : "off unless configured";
}
function ruleMarkdown(meta) {
  const d = meta.docs;
  const parts = [
    `# ${meta.id}`,
    "",
    meta.description,
    "",
    `- Severity: ${meta.severity}`,
    `- Default: ${presetLabel(meta)}`,
    `- Category: ${meta.category}`,
    `- Fixable: ${meta.fixable && meta.fixKind ? `yes (${meta.fixKind === "mixed" ? "safe or unsafe by case" : meta.fixKind})` : fixLabel(meta)}`,
    ...meta.covers.length ? [`- Covers: ${meta.covers.join(", ")}`] : [],
    "",
    "## Why is this bad?",
    "",
    d.why,
    "",
    "## Example",
    "",
    "```dockerfile",
    d.bad,
    "```",
    "",
    "## Use instead",
    "",
    "```dockerfile",
    d.good,
    "```"
  ];
  if (d.fixSafety) parts.push("", "## Fix safety", "", d.fixSafety);
  if (d.options) parts.push("", "## Options", "", d.options);
  return parts.join("\n") + "\n";
}
function ruleText(meta) {
  let inCode = false;
  const lines = ruleMarkdown(meta).split("\n").flatMap((line) => {
    if (line.startsWith("```")) {
      inCode = !inCode;
      return [];
    }
    if (inCode) return [`    ${line}`.trimEnd()];
    return [
      line.replace(/^#+ /, "").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)").replace(/`([^`]+)`/g, "$1")
    ];
  });
  return lines.join("\n");
}

// src/config/ajv-options.ts
var CONFIG_AJV = { allErrors: true, strict: false, verbose: true };
var OPTIONS_AJV = { ...CONFIG_AJV, useDefaults: true };

// src/config/ajv-runtime.ts
var instances = /* @__PURE__ */ new Map();
function compileSchema(schema, options) {
  let ajv = instances.get(options);
  if (!ajv) instances.set(options, ajv = new (loadAjv()).Ajv(options));
  return ajv.compile(schema);
}

// src/config/generated/option-validators.ts
var schema11 = { "type": "object", "properties": { "allow": { "type": "array", "items": { "type": "string" }, "uniqueItems": true } }, "additionalProperties": false };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allow")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allow !== void 0) {
      let data0 = data.allow;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/allow/" + i0, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.allow.items.type, parentSchema: schema11.properties.allow.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data0[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err2 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.allow, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.allow.type, parentSchema: schema11.properties.allow, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": "object", "properties": { "required": { "type": "array", "items": { "type": "string" } }, "strict": { "type": "boolean" } }, "additionalProperties": false };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "required" || key0 === "strict")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      let data0 = data.required;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/required/" + i0, schemaPath: "#/properties/required/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.required.items.type, parentSchema: schema12.properties.required.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.required.type, parentSchema: schema12.properties.required, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.strict !== void 0) {
      let data2 = data.strict;
      if (typeof data2 !== "boolean") {
        const err3 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.strict.type, parentSchema: schema12.properties.strict, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "properties": { "level": { "enum": ["error", "warning", "info", "style"], "default": "warning" }, "exclude": { "type": "array", "items": { "type": "string", "pattern": "^[Ss][Cc][0-9]{4}$" }, "default": [] } }, "additionalProperties": false };
var pattern0 = new RegExp("^[Ss][Cc][0-9]{4}$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.level === void 0) {
      data.level = "warning";
    }
    if (data.exclude === void 0) {
      data.exclude = [];
    }
    for (const key0 in data) {
      if (!(key0 === "level" || key0 === "exclude")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.level;
    if (!(data0 === "error" || data0 === "warning" || data0 === "info" || data0 === "style")) {
      const err1 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema13.properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.level.enum, parentSchema: schema13.properties.level, data: data0 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    let data1 = data.exclude;
    if (Array.isArray(data1)) {
      const len0 = data1.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data2 = data1[i0];
        if (typeof data2 === "string") {
          if (!pattern0.test(data2)) {
            const err2 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/pattern", keyword: "pattern", params: { pattern: "^[Ss][Cc][0-9]{4}$" }, message: 'must match pattern "^[Ss][Cc][0-9]{4}$"', schema: "^[Ss][Cc][0-9]{4}$", parentSchema: schema13.properties.exclude.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.exclude.items.type, parentSchema: schema13.properties.exclude.items, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    } else {
      const err4 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.exclude.type, parentSchema: schema13.properties.exclude, data: data1 };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var validators = {
  options_pip_pin_versions: validate10,
  options_label_schema: validate11,
  options_shellcheck: validate12
};

// src/config/precompiled-keys.ts
var CONFIG_KEY = "config";
var BUILTIN_RULES_KEY = "builtin_rules";
var PLUGIN_RULE_KEY = "plugin_rule";
function ruleOptionsKey(ruleId) {
  return `options_${ruleId.replace(/-/g, "_")}`;
}

// src/config/schema.ts
var SCHEMA_URL = `${HOMEPAGE}/raw/main/schema/dlintrc.schema.json`;
var SETTINGS = ["off", ...SEVERITIES];
var LABEL_KINDS = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"];
var RULE_ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$";
var stringList = (description) => ({ type: "array", items: { type: "string" }, description });
function sharedKeys(rules) {
  return {
    rules,
    failureThreshold: {
      enum: [...SEVERITIES, "none"],
      description: "Exit 1 when a finding is at least this severe (default `warning`; `none` never fails)."
    },
    trustedRegistries: stringList("Registries whose images count as trusted base images (e.g. `registry.example.com`)."),
    trustedImages: stringList("Image globs that count as trusted base images (e.g. `registry.example.com/mirror/*`)."),
    context: { type: "string", description: "Build context folder, relative to this file (default: each Dockerfile's folder)." },
    labelSchema: {
      type: "object",
      additionalProperties: { enum: [...LABEL_KINDS] },
      description: "Labels the `label-schema` rule checks: label name → kind of value."
    },
    noInlineConfig: { type: "boolean", description: "Ignore every inline suppression comment (`dlint-ignore`, `hadolint ignore=`, `check=skip=`)." },
    reportUnusedIgnores: { type: "boolean", description: "Report suppression comments that suppress nothing (pseudo-rule `unused-ignore`)." },
    shellcheck: {
      enum: ["auto", "on", "off"],
      description: "Run ShellCheck over RUN shell for the `shellcheck` rule: `auto` (default) when the `shellcheck` program is found, `on` always (an error when it is missing), `off` never."
    },
    shellcheckPath: { type: "string", description: "The `shellcheck` program to run, relative to this file (default: `shellcheck` on PATH)." }
  };
}
function ruleEntry(rule) {
  const meta = rule?.meta;
  return {
    ...meta ? { description: `${meta.description} Default: ${meta.preset === "off" ? "off" : meta.severity}${meta.preset === "strict" ? " (strict preset)" : ""}.` } : {},
    if: { type: "string" },
    then: { enum: [...SETTINGS] },
    else: {
      type: "array",
      minItems: 1,
      maxItems: 2,
      // A rule without options accepts none (`{}` at most), so a misplaced option is reported.
      items: [{ enum: [...SETTINGS] }, meta?.options ?? (meta ? { type: "object", additionalProperties: false } : { type: "object" })]
    }
  };
}
function rulesSchema(rules, allowPluginIds) {
  return {
    type: "object",
    description: "Rule settings: `id: off|error|warning|info|style` or `id: [severity, options]`.",
    // Sorted by id, so the file does not change when the catalogue is reordered.
    properties: Object.fromEntries([...rules].sort((a, b) => a.meta.id < b.meta.id ? -1 : 1).map((r) => [r.meta.id, ruleEntry(r)])),
    ...allowPluginIds ? { patternProperties: { "^[a-z0-9-]+/[a-z0-9-]+$": ruleEntry(null) } } : {},
    additionalProperties: false
  };
}
function configSchema(rules) {
  const rulesProp = rules ? rulesSchema(rules, true) : { type: "object" };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_URL,
    title: "dlint configuration",
    description: 'Configuration of dlint, the Dockerfile linter (.dlintrc.json, .dlintrc.yaml, dlint.config.json, or "dlint" in package.json).',
    type: "object",
    properties: {
      $schema: { type: "string", description: "The JSON Schema of this file (for editors)." },
      root: { type: "boolean", description: "Stop looking for configuration files in parent folders." },
      extends: {
        anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }],
        description: "`recommended`, `strict`, a path (`./base.yaml`) or an npm package exporting a config; later entries win."
      },
      ...sharedKeys(rulesProp),
      ignorePatterns: stringList("Files not to lint: globs relative to this file (a pattern without `/` matches at any depth; `!` re-includes)."),
      plugins: stringList("Modules that add rules: a path (`./tools/dlint-rules.js`) or an npm package."),
      overrides: {
        type: "array",
        description: "Settings for some files only; later entries win.",
        items: {
          type: "object",
          properties: {
            files: {
              anyOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }],
              description: "Globs, relative to this file, of the Dockerfiles these settings apply to."
            },
            excludedFiles: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }], description: "Globs excepted from `files`." },
            ...sharedKeys(rulesProp)
          },
          required: ["files"],
          additionalProperties: false
        }
      }
    },
    additionalProperties: false
  };
}
var compiled = /* @__PURE__ */ new Map();
var prebuilt = null;
async function loadConfigValidators() {
  prebuilt ??= (await import("./config-validators-YPBIJZPR.js")).validators;
}
function validator(key, schema) {
  let v = compiled.get(key) ?? prebuilt?.[key];
  if (!v) {
    const s = schema();
    delete s.$id;
    v = compileSchema(s, CONFIG_AJV);
    compiled.set(key, v);
  }
  return v;
}
function keyPath(prefix, pointer) {
  let out = prefix;
  for (const raw of pointer.split("/").slice(1)) {
    const part2 = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out += /^\d+$/.test(part2) ? `[${part2}]` : out === "" ? part2 : `.${part2}`;
  }
  return out;
}
var ARTICLE = {
  string: "a string",
  array: "a list",
  object: "a mapping of keys to values",
  boolean: "true or false",
  number: "a number",
  integer: "an integer"
};
function describe(e) {
  const p = e.params;
  switch (e.keyword) {
    case "enum":
      return `must be one of ${p.allowedValues.map(String).join(", ")}`;
    case "type":
      return `must be ${String(p.type).split(",").map((t) => ARTICLE[t] ?? t).join(" or ")}`;
    case "required":
      return `missing required key "${String(p.missingProperty)}"`;
    case "anyOf": {
      const types = (e.parentSchema.anyOf ?? []).map((s) => s.type).filter(Boolean);
      return types.length ? `must be ${[...new Set(types)].map((t) => ARTICLE[t] ?? t).join(" or ")}` : e.message ?? "is invalid";
    }
    default:
      return e.message ?? "is invalid";
  }
}
function rank(data, pointer) {
  const out = [];
  let node = data;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") break;
    const keys = Object.keys(node);
    out.push(keys.indexOf(key));
    node = node[key];
  }
  return out;
}
function compareRanks(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
function formatErrors(errors, options = {}) {
  const prefix = options.prefix ?? "";
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  const lines = [];
  for (const e of errors) {
    if (e.keyword === "if") continue;
    if (e.keyword !== "anyOf" && e.schemaPath.includes("/anyOf/") && anyOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`))) continue;
    if (e.keyword === "additionalProperties") {
      const key = String(e.params.additionalProperty);
      const known2 = Object.keys(e.parentSchema.properties ?? {});
      const pointer = `${e.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      lines.push({ pointer, text: `${keyPath(prefix, pointer)}: ${options.unknownKey?.(key, known2, e.instancePath) ?? unknownKeyMessage(key, known2)}` });
      continue;
    }
    let what = describe(e);
    if (e.keyword === "type" && e.schemaPath.endsWith("/else/type")) what = `must be one of ${SETTINGS.join(", ")}, or [severity, options]`;
    lines.push({ pointer: e.instancePath, text: `${keyPath(prefix, e.instancePath) || "(top level)"}: ${what}` });
  }
  const sorted = options.data === void 0 ? lines : [...lines].sort((a, b) => compareRanks(rank(options.data, a.pointer), rank(options.data, b.pointer)));
  return [...new Set(sorted.map((l) => l.text))];
}
function unknownKeyMessage(key, known2) {
  if (known2.length === 0) return "unknown option; this rule takes no options";
  const hint = nearest(key, known2.filter((k) => k !== "$schema"), 3);
  return `unknown key${hint ? `; did you mean "${hint}"?` : ` (allowed: ${known2.filter((k) => k !== "$schema").join(", ")})`}`;
}

// src/config/rule-settings.ts
var ConfigError = class extends Error {
};
function unknownRuleMessage(id, rules) {
  const hint = nearest(id, rules.map((r) => r.meta.id), 4);
  return `unknown rule id "${id}"${hint ? `; did you mean "${hint}"?` : ""} (dlint rules lists them)`;
}
function parseRuleSetting(text) {
  const s = text.trim().toLowerCase();
  return s === "off" || SEVERITIES.includes(s) ? s : null;
}
function enabledRules(rules, preset, config = {}) {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const id of Object.keys(config)) if (!byId.has(id)) throw new ConfigError(unknownRuleMessage(id, rules));
  const out = [];
  for (const rule of rules) {
    const entry = config[rule.meta.id];
    const [setting, options] = Array.isArray(entry) ? entry : [entry, void 0];
    const onByPreset = rule.meta.preset === "recommended" || rule.meta.preset === "strict" && preset === "strict";
    if (setting === "off" || setting === void 0 && !onByPreset) continue;
    out.push({ rule, severity: setting ?? rule.meta.severity, options: ruleOptions(rule, options) });
  }
  return out;
}
var optionValidators = /* @__PURE__ */ new WeakMap();
var prebuilt2 = validators;
function isBuiltinSchema(rule) {
  return builtinRules.some((r) => r.meta.id === rule.meta.id && r.meta.options === rule.meta.options);
}
function ruleOptions(rule, options = {}) {
  const schema = rule.meta.options;
  if (!schema) return options;
  let validate = optionValidators.get(schema);
  if (!validate) {
    const key = ruleOptionsKey(rule.meta.id);
    validate = Object.hasOwn(prebuilt2, key) && isBuiltinSchema(rule) ? prebuilt2[key] : compileSchema(schema, OPTIONS_AJV);
    optionValidators.set(schema, validate);
  }
  const copy = structuredClone(options);
  if (!validate(copy)) throw new ConfigError(formatErrors(validate.errors ?? [], { prefix: `rules.${rule.meta.id}[1]`, data: copy }).join("\n"));
  return copy;
}

// src/config/hadolint-severities.ts
var BY_SEVERITY = {
  error: ["DL3000", "DL3004", "DL3011", "DL3012", "DL3020", "DL3021", "DL3023", "DL3024", "DL3026", "DL3043", "DL3044", "DL3061", "DL4000", "DL4004"],
  warning: [
    "DL3002",
    "DL3003",
    "DL3006",
    "DL3007",
    "DL3008",
    "DL3013",
    "DL3014",
    "DL3016",
    "DL3018",
    "DL3022",
    "DL3025",
    "DL3027",
    "DL3028",
    "DL3029",
    "DL3030",
    "DL3032",
    "DL3033",
    "DL3034",
    "DL3035",
    "DL3036",
    "DL3037",
    "DL3038",
    "DL3040",
    "DL3041",
    "DL3042",
    "DL3045",
    "DL3046",
    "DL3051",
    "DL3052",
    "DL3053",
    "DL3054",
    "DL3055",
    "DL3056",
    "DL3058",
    "DL3062",
    "DL3063",
    "DL3064",
    "DL3065",
    "DL4001",
    "DL4003",
    "DL4005",
    "DL4006"
  ],
  info: ["DL3001", "DL3009", "DL3010", "DL3015", "DL3019", "DL3047", "DL3049", "DL3050", "DL3059", "DL3060", "DL3066"],
  style: ["DL3048"]
};
var HADOLINT_SEVERITY = new Map(
  Object.entries(BY_SEVERITY).flatMap(([severity, ids]) => ids.map((id) => [id, severity]))
);

// src/config/hadolint.ts
var SHELLCHECK = "shellcheck";
var HADOLINT_FILES = [".hadolint.yaml", ".hadolint.yml"];
var RANK = { error: 3, warning: 2, info: 1, style: 0 };
function idList(raw, key, file, keyPath2 = key) {
  const v = raw[key];
  if (v === void 0 || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new ConfigError(`${file}: ${keyPath2}: must be a list of ${key === "trustedRegistries" ? "registries" : "rule codes (e.g. [DL3008, DL3013])"}`);
  return v;
}
function fromHadolint(raw, file, rules) {
  const h = raw ?? {};
  if (typeof h !== "object" || Array.isArray(h)) throw new ConfigError(`${file}: must be a mapping of hadolint settings`);
  const config = {};
  const notes = [];
  const ruleSettings = {};
  const uncovered = /* @__PURE__ */ new Set();
  const scExclude = [];
  const scOverridden = /* @__PURE__ */ new Set();
  const covering = (id) => {
    const found = rulesCovering(id, rules);
    if (found.length === 0) uncovered.add(id);
    return found.filter((r) => r.meta.id !== SHELLCHECK || !/^SC\d+$/i.test(id));
  };
  const override = h.override ?? {};
  if (typeof override !== "object" || override === null || Array.isArray(override)) throw new ConfigError(`${file}: override: must be a mapping of severity → rule codes`);
  for (const severity of SEVERITIES) {
    for (const id of idList(override, severity, file, `override.${severity}`)) {
      if (/^SC\d+$/i.test(id) && rules.some((r) => r.meta.id === SHELLCHECK)) scOverridden.add(id);
      for (const r of covering(id)) {
        const prev = ruleSettings[r.meta.id];
        if (prev === void 0 || prev !== "off" && RANK[severity] > RANK[prev]) ruleSettings[r.meta.id] = severity;
      }
    }
  }
  for (const id of idList(h, "ignored", file)) {
    if (/^SC\d+$/i.test(id) && rules.some((r) => r.meta.id === SHELLCHECK)) scExclude.push(id.toUpperCase());
    for (const r of covering(id)) ruleSettings[r.meta.id] = "off";
  }
  const registries = idList(h, "trustedRegistries", file);
  if (registries.length) config.trustedRegistries = registries;
  const threshold = h["failure-threshold"];
  if (threshold !== void 0) {
    if (typeof threshold !== "string" || ![...SEVERITIES, "none", "ignore"].includes(threshold)) {
      throw new ConfigError(`${file}: failure-threshold: must be one of error, warning, info, style, ignore, none`);
    }
    config.failureThreshold = threshold === "ignore" ? "none" : threshold;
  }
  if (h["no-fail"] === true) config.failureThreshold = "none";
  if (h["disable-ignore-pragma"] === true) config.noInlineConfig = true;
  const labels = h["label-schema"];
  if (labels !== void 0 && labels !== null) {
    if (typeof labels !== "object" || Array.isArray(labels)) throw new ConfigError(`${file}: label-schema: must be a mapping of label → kind`);
    const schema = {};
    for (const [name, kind] of Object.entries(labels)) {
      if (!LABEL_KINDS.includes(String(kind))) {
        throw new ConfigError(`${file}: label-schema.${name}: must be one of ${LABEL_KINDS.join(", ")}`);
      }
      schema[name] = kind;
    }
    config.labelSchema = schema;
    if (rules.some((r) => r.meta.id === "label-schema") && ruleSettings["label-schema"] === void 0) ruleSettings["label-schema"] = "warning";
  }
  if (h["strict-labels"] === true) {
    const labelRule = rules.find((r) => r.meta.id === "label-schema");
    const props = labelRule?.meta.options?.properties ?? {};
    const key = ["strict", "strictLabels"].find((k) => k in props);
    if (key && ruleSettings["label-schema"] !== "off") {
      config.rules = { ...config.rules, "label-schema": [ruleSettings["label-schema"] ?? "warning", { [key]: true }] };
      delete ruleSettings["label-schema"];
    } else {
      notes.push("strict-labels: dlint does not report labels missing from the schema");
    }
  }
  const comments = keepHadolintSeverities(rules, ruleSettings);
  if (Object.keys(ruleSettings).length) config.rules = { ...ruleSettings, ...config.rules };
  if (scExclude.length) config.rules = { ...config.rules, [SHELLCHECK]: ["warning", { exclude: scExclude }] };
  if (scOverridden.size) notes.push(`override: ShellCheck codes keep ShellCheck's own levels in dlint (the shellcheck rule's severity applies to all of them): ${[...scOverridden].join(", ")}`);
  if (uncovered.size) notes.push(`not checked by dlint, nothing to carry over: ${[...uncovered].join(", ")}`);
  return { config, notes, comments };
}
function keepHadolintSeverities(rules, ruleSettings) {
  const comments = {};
  for (const { meta } of rules) {
    if (meta.preset !== "recommended" || ruleSettings[meta.id] !== void 0) continue;
    const ids = meta.covers.filter((id) => /^DL\d{4}$/.test(id));
    const theirs = ids.map((id) => HADOLINT_SEVERITY.get(id));
    if (ids.length === 0 || theirs.includes(void 0)) continue;
    const severity = theirs.reduce((a, b) => RANK[b] > RANK[a] ? b : a);
    if (RANK[meta.severity] <= RANK[severity]) continue;
    ruleSettings[meta.id] = severity;
    comments[meta.id] = `kept at hadolint's severity: hadolint reports ${ids.join(", ")} as ${severity} (dlint's default: ${meta.severity})`;
  }
  return comments;
}
function migrationYaml(conversion, sourceName) {
  const header = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    `# Converted from ${sourceName} by \`dlint migrate\`. Inline \`# hadolint ignore=…\` comments keep working.`,
    ...conversion.notes.map((n) => `# ${n}`)
  ];
  const YAML = loadYaml();
  const doc = new YAML.Document(conversion.config);
  for (const [id, comment] of Object.entries(conversion.comments)) {
    const node = doc.getIn(["rules", id], true);
    if (YAML.isScalar(node)) node.comment = ` ${comment}`;
  }
  const body = Object.keys(conversion.config).length ? doc.toString() : "{}\n";
  return `${header.join("\n")}
${body}`;
}

// src/config/load.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import fs4 from "node:fs";
import path11 from "node:path";

// src/config/modules.ts
import fs3 from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import path9 from "node:path";
import { pathToFileURL } from "node:url";
function isPathSpecifier(spec) {
  return spec.startsWith("./") || spec.startsWith("../") || spec === "." || spec === ".." || path9.isAbsolute(spec);
}
function packageEntry(dir) {
  let pkg;
  try {
    pkg = JSON.parse(fs3.readFileSync(path9.join(dir, "package.json"), "utf8"));
  } catch {
    pkg = {};
  }
  let exp = pkg.exports;
  if (exp && typeof exp === "object" && "." in exp) exp = exp["."];
  while (exp && typeof exp === "object") {
    const conds = exp;
    exp = conds.import ?? conds.node ?? conds.default;
  }
  const candidates2 = [typeof exp === "string" ? exp : null, pkg.main ?? null, "index.js", "index.json"].filter((c) => c !== null);
  for (const c of candidates2) {
    const file = path9.resolve(dir, c);
    if (fs3.existsSync(file) && fs3.statSync(file).isFile()) return file;
  }
  return null;
}
function resolveModule(spec, fromDir) {
  if (isPathSpecifier(spec)) {
    const p = path9.resolve(fromDir, spec);
    if (!fs3.existsSync(p)) return null;
    return fs3.statSync(p).isDirectory() ? packageEntry(p) : p;
  }
  try {
    return createRequire3(path9.join(fromDir, "noop.js")).resolve(spec);
  } catch {
    const [first, second] = spec.split("/");
    const name = first.startsWith("@") ? `${first}/${second}` : first;
    if (name !== spec) return null;
    for (let dir = fromDir; ; dir = path9.dirname(dir)) {
      const pkgDir = path9.join(dir, "node_modules", name);
      if (fs3.existsSync(pkgDir)) return packageEntry(pkgDir);
      if (path9.dirname(dir) === dir) return null;
    }
  }
}
async function importModule(file) {
  const mod = await import(pathToFileURL(file).href);
  return mod.default ?? mod;
}

// src/config/plugins.ts
import path10 from "node:path";
var CATEGORIES = ["base-image", "pinning", "security", "size", "runtime", "correctness", "style"];
var RULE_SCHEMA = {
  type: "object",
  required: ["meta"],
  properties: {
    meta: {
      type: "object",
      required: ["id", "severity", "description", "docs"],
      properties: {
        id: { type: "string", pattern: RULE_ID_PATTERN },
        category: { enum: CATEGORIES },
        severity: { enum: [...SEVERITIES] },
        preset: { enum: ["recommended", "strict", "off"] },
        description: { type: "string", minLength: 1 },
        docs: {
          type: "object",
          required: ["why", "bad", "good"],
          properties: { why: { type: "string" }, bad: { type: "string" }, good: { type: "string" }, fixSafety: { type: "string" }, options: { type: "string" } }
        },
        fixable: { type: "boolean" },
        fixKind: { enum: ["safe", "unsafe", "mixed"] },
        covers: { type: "array", items: { type: "string" } },
        options: { type: "object" },
        tags: { type: "array", items: { type: "string" } },
        url: { type: "string" }
      }
    }
  }
};
var META_DEFAULTS = { category: "correctness", preset: "recommended", fixable: false, covers: [] };
async function loadPlugin(specifier, fromDir, where, builtinIds) {
  const fail = (what) => {
    throw new ConfigError(`${where}: plugin "${specifier}" ${what}`);
  };
  const file = resolveModule(specifier, fromDir);
  if (!file) {
    return fail(
      isPathSpecifier(specifier) ? `not found (no file ${path10.resolve(fromDir, specifier)})` : "not found; install it (npm install --save-dev " + specifier + ") or give a path starting with ./"
    );
  }
  let exported;
  try {
    exported = await importModule(file);
  } catch (e) {
    return fail(`failed to load: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  const plugin = exported;
  const rawRules = plugin && typeof plugin === "object" ? plugin.rules : void 0;
  if (!rawRules || typeof rawRules !== "object") return fail("exports no `rules` (expected `export default { rules: [...] }`)");
  const list = Array.isArray(rawRules) ? rawRules : Object.values(rawRules);
  const name = typeof plugin.name === "string" && plugin.name ? plugin.name : specifier;
  const rules = [];
  await loadConfigValidators();
  const check = validator(PLUGIN_RULE_KEY, () => structuredClone(RULE_SCHEMA));
  for (const [i, rule] of list.entries()) {
    const at = Array.isArray(rawRules) ? `rules[${i}]` : `rules.${Object.keys(rawRules)[i]}`;
    if (!check(rule)) return fail(`is invalid: ${formatErrors(check.errors ?? [], { prefix: at, data: rule }).join("; ")}`);
    const r = rule;
    if (typeof r.check !== "function") return fail(`is invalid: ${at}.check: must be a function`);
    if (r.meta.options) {
      try {
        compileSchema(r.meta.options, OPTIONS_AJV);
      } catch (e) {
        return fail(`is invalid: ${at}.meta.options: not a valid JSON Schema (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    if (builtinIds.has(r.meta.id)) {
      const ns = name.replace(/^.*\//, "").replace(/^dlint-plugin-/, "").replace(/\.[cm]?js$/, "").replace(/[^a-z0-9-]/g, "") || "acme";
      return fail(`defines rule "${r.meta.id}", which is a built-in rule; give plugin rules a namespace, e.g. "${ns}/${r.meta.id}"`);
    }
    if (rules.some((x) => x.meta.id === r.meta.id)) return fail(`defines rule "${r.meta.id}" twice`);
    rules.push({
      ...r,
      meta: { ...META_DEFAULTS, ...r.meta }
    });
  }
  return { name, specifier, file, rules };
}

// src/config/load.ts
var CONFIG_FILES = [".dlintrc.json", ".dlintrc.yaml", ".dlintrc.yml", "dlint.config.json", "package.json"];
var PRESETS = ["recommended", "strict"];
var HADOLINT_NAME = /^\.?hadolint\.ya?ml$/;
var ConfigResolver = class {
  cwd;
  configFile;
  onNotice;
  chains = /* @__PURE__ */ new Map();
  plugins = /* @__PURE__ */ new Map();
  noticed = /* @__PURE__ */ new Set();
  constructor(options) {
    this.cwd = options.cwd;
    this.configFile = options.configFile === void 0 ? void 0 : path11.resolve(options.cwd, options.configFile);
    this.onNotice = options.onNotice ?? (() => {
    });
  }
  display(abs) {
    const rel = path11.relative(this.cwd, abs);
    return (rel === "" ? path11.basename(abs) : rel).split(path11.sep).join("/");
  }
  /**
   * The configuration for a Dockerfile. `file` is its absolute path, or null for stdin without a name
   * (then the config of `dir` applies and no `overrides` match).
   */
  async forFile(file, dir = file ? path11.dirname(file) : this.cwd) {
    const chain = await this.chain(path11.resolve(dir));
    const out = {
      files: chain.files,
      preset: "recommended",
      rules: {},
      failureThreshold: void 0,
      trustedRegistries: [],
      trustedImages: [],
      labelSchema: {},
      context: void 0,
      noInlineConfig: false,
      reportUnusedIgnores: false,
      shellcheck: "auto",
      shellcheckPath: void 0,
      ignored: false,
      plugins: chain.plugins,
      pluginRules: chain.plugins.flatMap((p) => p.rules)
    };
    for (const piece of chain.pieces) {
      const rel = file === null ? null : path11.relative(piece.baseDir, file).split(path11.sep).join("/");
      if (piece.match && (rel === null || !piece.match(rel))) continue;
      if (piece.preset) out.preset = piece.preset;
      if (piece.ignorePatterns && rel !== null && !rel.startsWith("../")) {
        for (const pattern of piece.ignorePatterns) {
          const negated = pattern.startsWith("!");
          if (ignoreMatcher(negated ? pattern.slice(1) : pattern)(rel)) out.ignored = !negated;
        }
      }
      const v = piece.values;
      for (const [id, entry] of Object.entries(v.rules ?? {})) out.rules[id] = mergeRule(out.rules[id], entry);
      if (v.failureThreshold !== void 0) out.failureThreshold = v.failureThreshold;
      if (v.trustedRegistries) out.trustedRegistries = unique([...out.trustedRegistries, ...v.trustedRegistries]);
      if (v.trustedImages) out.trustedImages = unique([...out.trustedImages, ...v.trustedImages]);
      if (v.labelSchema) out.labelSchema = { ...out.labelSchema, ...v.labelSchema };
      if (v.context !== void 0) out.context = path11.resolve(piece.dir, v.context);
      if (v.noInlineConfig !== void 0) out.noInlineConfig = v.noInlineConfig;
      if (v.reportUnusedIgnores !== void 0) out.reportUnusedIgnores = v.reportUnusedIgnores;
      if (v.shellcheck !== void 0) out.shellcheck = v.shellcheck;
      if (v.shellcheckPath !== void 0) out.shellcheckPath = path11.resolve(piece.dir, v.shellcheckPath);
    }
    return out;
  }
  chain(dir) {
    const key = this.configFile ?? dir;
    let c = this.chains.get(key);
    if (!c) {
      c = this.buildChain(dir);
      this.chains.set(key, c);
    }
    return c;
  }
  async buildChain(dir) {
    const pieces = [];
    const files = [];
    if (this.configFile) {
      const parsed = this.read(this.configFile, true);
      pieces.push(...await this.expand(this.configFile, parsed, this.cwd, []));
      files.push(this.display(this.configFile));
    } else {
      const found = [];
      for (let d = dir; ; d = path11.dirname(d)) {
        const hit = this.findIn(d);
        if (hit) {
          found.unshift(hit);
          const value = hit[1].kind === "dlint" ? hit[1].value : null;
          if (value && typeof value === "object" && value.root === true) break;
        }
        if (path11.dirname(d) === d) break;
      }
      for (const [file, parsed] of found) {
        pieces.push(...await this.expand(file, parsed, path11.dirname(file), []));
        files.push(this.display(file));
      }
      if (found.length === 0) {
        const hadolint = findUp(dir, HADOLINT_FILES);
        if (hadolint) {
          pieces.push(...await this.expand(hadolint, this.read(hadolint, true), path11.dirname(hadolint), []));
          files.push(this.display(hadolint));
        }
      }
    }
    const plugins = await this.loadPlugins(pieces);
    this.validateRules(pieces, plugins);
    return { pieces, files, plugins };
  }
  /** The config file of one folder, if any (`package.json` counts only with a `dlint` key). */
  findIn(dir) {
    for (const name of CONFIG_FILES) {
      const file = path11.join(dir, name);
      if (!isFile(file)) continue;
      const parsed = this.read(file, false);
      if (parsed.kind !== "none") return [file, parsed];
    }
    return null;
  }
  read(file, explicit) {
    const shown = this.display(file);
    let text;
    try {
      text = fs4.readFileSync(file, "utf8");
    } catch (e) {
      const code = e.code;
      throw new ConfigError(`${shown}: cannot read config file (${code === "ENOENT" ? "no such file" : code})`);
    }
    const base = path11.basename(file);
    if (/\.ya?ml$/i.test(base)) {
      let value2;
      try {
        value2 = loadYaml().parse(text);
      } catch (e) {
        const err = e;
        const pos = err.linePos?.[0];
        throw new ConfigError(`${shown}${pos ? `:${pos.line}:${pos.col}` : ""}: invalid YAML: ${err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
      }
      return HADOLINT_NAME.test(base) ? { kind: "hadolint", value: value2 } : { kind: "dlint", value: value2 ?? {} };
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const msg = e.message;
      const at = /at position (\d+)/.exec(msg);
      const where = at ? lineCol(text, Number(at[1])) : "";
      throw new ConfigError(`${shown}${where}: invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/, "").replace(/ \(line \d+ column \d+\)$/, "")}`);
    }
    if (base === "package.json") {
      const dlint = value && typeof value === "object" ? value.dlint : void 0;
      if (dlint === void 0) {
        if (explicit) throw new ConfigError(`${shown}: has no "dlint" key`);
        return { kind: "none" };
      }
      return { kind: "dlint", value: dlint };
    }
    return { kind: "dlint", value };
  }
  /** The pieces of one config file: what it extends (in order), then itself, then its overrides. */
  async expand(file, parsed, baseDir, seen) {
    const shown = this.display(file);
    const dir = path11.dirname(file);
    if (parsed.kind === "hadolint") {
      const { config: config2, notes } = fromHadolint(parsed.value, shown, builtinRules);
      if (!this.noticed.has(file)) {
        this.noticed.add(file);
        this.onNotice(`using hadolint config ${shown} (no dlint config found); \`dlint migrate\` converts it to .dlintrc.yaml${notes.length ? `; ${notes.join("; ")}` : ""}`);
      }
      return [{ source: shown, dir, baseDir, keyPath: "", values: config2 }];
    }
    if (parsed.kind === "none") return [];
    const config = parsed.value;
    await loadConfigValidators();
    const check = validator(CONFIG_KEY, () => configSchema(null));
    if (!check(config)) throw new ConfigError(formatErrors(check.errors ?? [], { data: config }).map((l) => `${shown}: ${l}`).join("\n"));
    const c = config;
    const pieces = [];
    const extendsList = c.extends === void 0 ? [] : Array.isArray(c.extends) ? c.extends : [c.extends];
    for (const [i, spec] of extendsList.entries()) {
      const where = `${shown}: extends${Array.isArray(c.extends) ? `[${i}]` : ""}`;
      if (PRESETS.includes(spec)) {
        pieces.push({ source: shown, dir, baseDir, keyPath: "", values: {}, preset: spec });
        continue;
      }
      const target = resolveModule(spec, dir);
      if (!target) {
        throw new ConfigError(
          `${where}: cannot find "${spec}"${isPathSpecifier(spec) ? "" : ` (expected recommended, strict, a path starting with ./, or an installed npm package)`}`
        );
      }
      if (seen.includes(target) || target === file) throw new ConfigError(`${where}: "${spec}" extends itself (cycle through ${[...seen, file, target].map((f) => this.display(f)).join(" → ")})`);
      pieces.push(...await this.expand(target, await this.readExtended(target, where), baseDir, [...seen, file]));
    }
    const { rules, failureThreshold, trustedRegistries, trustedImages, context, labelSchema, noInlineConfig, reportUnusedIgnores, shellcheck, shellcheckPath } = c;
    pieces.push({
      source: shown,
      dir,
      baseDir,
      keyPath: "",
      values: { rules, failureThreshold, trustedRegistries, trustedImages, context, labelSchema, noInlineConfig, reportUnusedIgnores, shellcheck, shellcheckPath },
      ...c.ignorePatterns ? { ignorePatterns: c.ignorePatterns } : {},
      ...c.plugins ? { plugins: c.plugins } : {}
    });
    for (const [i, o] of (c.overrides ?? []).entries()) {
      const { files, excludedFiles, ...values } = o;
      const include = fileMatcher(files);
      const exclude = excludedFiles === void 0 ? null : fileMatcher(excludedFiles);
      pieces.push({ source: shown, dir, baseDir, keyPath: `overrides[${i}]`, values, match: (rel) => include(rel) && !exclude?.(rel) });
    }
    return pieces;
  }
  /** An extended config: a JSON/YAML file, or a JS module (an npm package) whose default export is the config. */
  async readExtended(file, where) {
    if (/\.(c|m)?js$/.test(file)) {
      try {
        return { kind: "dlint", value: await importModule(file) };
      } catch (e) {
        throw new ConfigError(`${where}: cannot load ${this.display(file)}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
      }
    }
    return this.read(file, true);
  }
  async loadPlugins(pieces) {
    const builtinIds = new Set(builtinRules.map((r) => r.meta.id));
    const owners = /* @__PURE__ */ new Map();
    const loaded = [];
    for (const piece of pieces) {
      for (const [i, spec] of (piece.plugins ?? []).entries()) {
        const where = `${piece.source}: plugins[${i}]`;
        const key = `${piece.dir}\0${spec}`;
        let p = this.plugins.get(key);
        if (!p) {
          p = loadPlugin(spec, piece.dir, where, builtinIds);
          this.plugins.set(key, p);
        }
        const plugin = await p;
        if (loaded.some((l) => l.file === plugin.file)) continue;
        for (const r of plugin.rules) {
          const owner = owners.get(r.meta.id);
          if (owner) throw new ConfigError(`${where}: plugin "${spec}" defines rule "${r.meta.id}", which plugin "${owner}" already defines`);
          owners.set(r.meta.id, plugin.name);
        }
        loaded.push(plugin);
      }
    }
    return loaded;
  }
  /** Rule ids and options, checked once plugins are loaded (their rules are known only then). */
  validateRules(pieces, plugins) {
    if (!pieces.some((p) => p.values.rules)) return;
    const rules = [...builtinRules, ...plugins.flatMap((p) => p.rules)];
    const key = plugins.length ? `rules\0${plugins.map((p) => p.file).join("\0")}` : BUILTIN_RULES_KEY;
    const check = validator(key, () => rulesSchema(rules, false));
    const problems = [];
    for (const piece of pieces) {
      if (!piece.values.rules || check(piece.values.rules)) continue;
      const prefix = piece.keyPath ? `${piece.keyPath}.rules` : "rules";
      for (const line of formatErrors(check.errors ?? [], {
        prefix,
        data: piece.values.rules,
        unknownKey: (id, _known, at) => at === "" ? unknownRuleMessage(id, rules) : null
      })) problems.push(`${piece.source}: ${line}`);
    }
    if (problems.length) throw new ConfigError([...new Set(problems)].join("\n"));
  }
};
function mergeRule(prev, next) {
  if (typeof next === "string" && Array.isArray(prev) && prev[1] !== void 0 && next !== "off") return [next, prev[1]];
  return next;
}
function unique(list) {
  return [...new Set(list)];
}
function isFile(p) {
  try {
    return fs4.statSync(p).isFile();
  } catch {
    return false;
  }
}
function findUp(dir, names) {
  for (let d = dir; ; d = path11.dirname(d)) {
    for (const n of names) if (isFile(path11.join(d, n))) return path11.join(d, n);
    if (path11.dirname(d) === d) return null;
  }
}
function lineCol(text, offset) {
  const before3 = text.slice(0, offset).split("\n");
  return `:${before3.length}:${before3[before3.length - 1].length + 1}`;
}
function fileMatcher(globs) {
  const list = (Array.isArray(globs) ? globs : [globs]).map((g) => (0, import_picomatch.default)(g.replace(/^\.\//, ""), { dot: true, basename: !g.includes("/") }));
  return (rel) => list.some((m) => m(rel));
}
function ignoreMatcher(pattern) {
  const p = pattern.replace(/^\.\//, "").replace(/\/+$/, "");
  const m = (0, import_picomatch.default)(p.replace(/^\//, ""), { dot: true, basename: !p.includes("/") });
  return (rel) => {
    const parts = rel.split("/");
    for (let i = 1; i <= parts.length; i++) if (m(parts.slice(0, i).join("/"))) return true;
    return false;
  };
}

// src/discover.ts
var import_ignore = __toESM(require_ignore2(), 1);
import fs5 from "node:fs";
import path12 from "node:path";
var import_picomatch2 = __toESM(require_picomatch2(), 1);
var DOCKERFILE_GLOBS = ["**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile", "**/*.dockerfile", "**/Containerfile", "**/Containerfile.*"];
var IGNORE = ["**/node_modules/**", "**/.git/**"];
var VENDORED = ["node_modules", ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "site-packages", "__pycache__", "vendor", "third_party", "third-party", "bower_components"];
var VCS2 = /* @__PURE__ */ new Set([".git", ".hg", ".svn"]);
var NOT_DOCKERFILES = ["**/*.dockerignore", "**/Dockerfile.*.dockerignore"];
var SKIPPED_EXTENSIONS = [
  [/\.(md|markdown|rst|txt|adoc|html)$/i, "a document"],
  [/\.(j2|jinja2?|tmpl|tpl|template|in|erb|mustache|hbs|m4)$/i, "a template"],
  [/(\.(orig|bak|swp|swo|rej)|~)$/i, "a backup or merge leftover"]
];
var DiscoveryError = class extends Error {
};
var dockerfileName = (0, import_picomatch2.default)(DOCKERFILE_GLOBS.map((g) => g.replace("**/", "")), { nocase: true, dot: true });
var ignoreFileName = (0, import_picomatch2.default)(NOT_DOCKERFILES.map((g) => g.replace("**/", "")), { nocase: true, dot: true });
function isDockerfilePath(file) {
  const name = path12.basename(file);
  return dockerfileName(name) && !ignoreFileName(name);
}
function discover(inputs, cwd, onSkip) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (p) => {
    const key = path12.resolve(cwd, p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  for (const input of inputs.length ? inputs : ["."]) {
    if (input === "-") {
      add("-");
      continue;
    }
    let stat = null;
    try {
      stat = fs5.statSync(path12.resolve(cwd, input));
    } catch {
      stat = null;
    }
    if (stat?.isFile()) add(input);
    else if (stat?.isDirectory()) {
      const skipped = [];
      const found = searchFolder(input, cwd, skipped);
      skipped.forEach((s) => onSkip?.(s));
      if (found.length === 0) {
        const note = skipped.length ? ` (${skipped.length} skipped; --verbose lists them)` : "";
        throw new DiscoveryError(`no Dockerfiles found in folder ${input}${note}`);
      }
      found.forEach(add);
    } else if (loadFastGlob().isDynamicPattern(input)) {
      const found = loadFastGlob().sync(input, { cwd, ignore: IGNORE, onlyFiles: true, dot: true }).sort();
      if (found.length === 0) throw new DiscoveryError(`no files match ${input}`);
      found.forEach(add);
    } else {
      throw new DiscoveryError(`${input}: no such file or folder`);
    }
  }
  return out;
}
function searchFolder(dir, cwd, skipped) {
  const root = path12.resolve(cwd, dir);
  const shown = (f) => dir === "." ? f : path12.join(dir, f);
  const vendored = VENDORED.map((d) => `**/${d}/**`);
  const inVendored = VENDORED.map((d) => `**/${d}/*/**`);
  for (const folder of loadFastGlob().sync(VENDORED.filter((d) => !VCS2.has(d)).map((d) => `**/${d}`), { cwd: root, ignore: inVendored, onlyDirectories: true, dot: true }).sort()) {
    skipped.push({ file: `${shown(folder)}/`, reason: "a vendored or tool folder" });
  }
  const candidates2 = loadFastGlob().sync(DOCKERFILE_GLOBS, { cwd: root, ignore: [...vendored, ...NOT_DOCKERFILES], caseSensitiveMatch: false, onlyFiles: true, dot: true }).sort();
  const gitignored = gitignoreMatcher(root, vendored);
  const found = [];
  for (const f of candidates2) {
    const reason = skipReason(f, gitignored);
    if (reason) skipped.push({ file: shown(f), reason });
    else found.push(shown(f));
  }
  return found;
}
function skipReason(file, gitignored) {
  const ext = SKIPPED_EXTENSIONS.find(([re]) => re.test(path12.basename(file)));
  if (ext) return ext[1];
  return gitignored(file) ? "ignored by .gitignore" : null;
}
function gitignoreMatcher(root, vendored) {
  const below = loadFastGlob().sync("**/.gitignore", { cwd: root, ignore: vendored, dot: true, onlyFiles: true }).map((f) => path12.join(root, path12.dirname(f)));
  const load = (dirs) => dirs.filter((d) => fs5.existsSync(path12.join(d, ".gitignore"))).map((dir) => ({ dir, rules: (0, import_ignore.default)().add(fs5.readFileSync(path12.join(dir, ".gitignore"), "utf8")) }));
  const above = load(repositoryFoldersAbove(root).filter((d) => d !== root));
  const inside = load([...new Set(below)].sort((a, b) => a.length - b.length));
  const files = isIgnored(above, `${root}${path12.sep}`) ? inside : [...above, ...inside];
  if (files.length === 0) return () => false;
  return (file) => isIgnored(files, path12.join(root, file));
}
function isIgnored(files, abs) {
  let ignored2 = false;
  for (const { dir, rules } of files) {
    const rel = path12.relative(dir, abs);
    if (rel === "" || rel.startsWith("..") || path12.isAbsolute(rel)) continue;
    const verdict = rules.test(rel.split(path12.sep).join("/") + (abs.endsWith(path12.sep) ? "/" : ""));
    if (verdict.ignored) ignored2 = true;
    else if (verdict.unignored) ignored2 = false;
  }
  return ignored2;
}
function repositoryFoldersAbove(root) {
  const chain = [];
  for (let d = root; ; d = path12.dirname(d)) {
    chain.unshift(d);
    if (fs5.existsSync(path12.join(d, ".git"))) return chain;
    if (path12.dirname(d) === d) return [root];
  }
}

// src/suppressions.ts
var UNUSED_IGNORE = "unused-ignore";
var BUILDKIT_CHECKS = new Set(COVERAGE.filter((e) => e.source === "buildkit").map((e) => e.id));
function commentLines(model) {
  const byLine = new Map([...model.directives, ...model.comments].map((x) => [x.range.start.line, x.range]));
  return [...byLine.values()].map((range) => {
    const raw = model.lines[range.start.line - 1] ?? "";
    const hash = raw.indexOf("#");
    const body = raw.slice(hash + 1);
    const lead = body.length - body.trimStart().length;
    return { line: range.start.line, text: body.trim(), column: hash + 2 + lead, range };
  }).sort((a, b) => a.line - b.line);
}
function collectSuppressions(model, rules) {
  const byId = new Map(rules.map((r) => [r.meta.id.toLowerCase(), r.meta.id]));
  const resolve = (id) => {
    const own = byId.get(id.toLowerCase());
    if (own) return /* @__PURE__ */ new Set([own]);
    return new Set(rules.filter((r) => r.meta.covers.some((c) => coversId(c, id))).map((r) => r.meta.id));
  };
  const lines = commentLines(model);
  const isComment = new Set(lines.map((l) => l.line));
  const below = (line) => {
    if (model.instructions.some((i) => i.range.start.line < line && i.range.end.line >= line)) return null;
    const next = model.instructions.find((i) => i.range.start.line > line);
    if (!next) return null;
    for (let l = line + 1; l < next.range.start.line; l++) if (!isComment.has(l)) return null;
    return next;
  };
  const ids = (c, list, offset) => {
    const out2 = [];
    const re = /[^\s,]+/g;
    for (let m = re.exec(list); m; m = re.exec(list)) {
      const column = c.column + offset + m.index;
      out2.push({ id: m[0], range: { start: { line: c.line, column }, end: { line: c.line, column: column + m[0].length } }, ruleIds: resolve(m[0]), used: false });
    }
    return out2;
  };
  const out = [];
  for (const c of lines) {
    const dlint = /^dlint-ignore(-file|-stage)?(?=\s|$)/.exec(c.text);
    if (dlint) {
      const form = `dlint-ignore${dlint[1] ?? ""}`;
      const rest = c.text.slice(dlint[0].length);
      const sep = rest.search(/(^|\s)--(\s|$)/);
      const list = sep < 0 ? rest : rest.slice(0, sep);
      const reason = sep < 0 ? null : rest.slice(sep).replace(/^\s*--\s*/, "").trim() || null;
      const parsed = ids(c, list, dlint[0].length);
      let scope = null;
      if (form === "dlint-ignore-file") scope = "file";
      else {
        const target = below(c.line);
        if (form === "dlint-ignore" && target) scope = { start: target.range.start.line, end: target.range.end.line };
        if (form === "dlint-ignore-stage" && target?.keyword === "FROM") {
          const stage = model.stages.find((s) => s.from === target);
          const next = model.stages[(stage?.index ?? -1) + 1];
          scope = { start: target.range.start.line, end: next ? next.from.range.start.line - 1 : model.lines.length };
        }
      }
      out.push({ form, range: c.range, ids: parsed.length ? parsed : null, scope, reason, used: false });
      continue;
    }
    const hadolint = /^hadolint\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9]+(?:\s*,\s*[A-Za-z0-9]+)*)/.exec(c.text);
    if (hadolint) {
      const global = hadolint[1] !== void 0;
      const target = global ? null : below(c.line);
      out.push({
        form: global ? "hadolint global ignore" : "hadolint ignore",
        range: c.range,
        ids: ids(c, hadolint[2], hadolint[0].length - hadolint[2].length),
        scope: global ? "file" : target ? { start: target.range.start.line, end: target.range.end.line } : null,
        reason: null,
        used: false
      });
    }
  }
  for (const d of model.directives) {
    if (d.name.toLowerCase() !== "check") continue;
    for (const part2 of d.value.split(";")) {
      const [key, value] = part2.split("=", 2).map((s) => s.trim());
      if (key?.toLowerCase() !== "skip" || !value) continue;
      const c = lines.find((l) => l.line === d.range.start.line);
      const offset = c.text.indexOf(value);
      const skipAll = value.toLowerCase() === "all";
      const list = ids(c, value, offset);
      if (skipAll) {
        list[0].ruleIds = new Set(rules.filter((r) => r.meta.covers.some((x) => BUILDKIT_CHECKS.has(x))).map((r) => r.meta.id));
      }
      out.push({ form: "check=skip", range: d.range, ids: list, scope: "file", reason: null, used: false });
    }
  }
  return out;
}
function matches2(id, f) {
  if (!id.ruleIds.has(f.ruleId)) return false;
  return f.code === void 0 || id.id.toLowerCase() === f.ruleId || id.id.toUpperCase() === f.code;
}
function covers3(s, f, modelPath) {
  if (s.scope === null) return false;
  if (s.scope === "file") return true;
  return f.file === modelPath && f.range.start.line >= s.scope.start && f.range.start.line <= s.scope.end;
}
function applySuppressions(model, findings, options) {
  if (options.noInlineConfig) return findings;
  const suppressions = collectSuppressions(model, options.rules);
  if (suppressions.length === 0) return findings;
  const kept = findings.filter((f) => {
    let suppressed = false;
    for (const s of suppressions) {
      if (!covers3(s, f, model.path)) continue;
      if (s.ids === null) {
        s.used = suppressed = true;
        continue;
      }
      for (const id of s.ids) {
        if (matches2(id, f)) {
          id.used = s.used = suppressed = true;
        }
      }
    }
    return !suppressed;
  });
  const typos = unknownIdFindings(model, suppressions, options.rules);
  return [...kept, ...typos, ...options.reportUnused ? unusedFindings(model, suppressions) : []];
}
function isUnknownId(id) {
  return id.ruleIds.size === 0 && !coverageOf(id.id) && !/^SC\d{4}$/i.test(id.id) && id.id.toLowerCase() !== "all";
}
function unknownIdFindings(model, suppressions, rules) {
  const known2 = [...rules.map((r) => r.meta.id), ...COVERAGE.map((e) => e.id)];
  return suppressions.flatMap(
    (s) => (s.ids ?? []).filter(isUnknownId).map((id) => {
      const hint = nearest(id.id, known2, 4);
      const message2 = `\`${id.id}\` in \`${s.form}\` is not a rule id dlint knows${hint ? `; did you mean \`${hint}\`?` : "."}`;
      return { file: model.path, ruleId: UNUSED_IGNORE, severity: "warning", message: message2, range: id.range };
    })
  );
}
function unusedFindings(model, suppressions) {
  const out = [];
  const report = (range, message2) => {
    out.push({ file: model.path, ruleId: UNUSED_IGNORE, severity: "warning", message: message2, range });
  };
  for (const s of suppressions) {
    if (!s.form.startsWith("dlint-")) continue;
    if (s.scope === null) {
      const where = s.form === "dlint-ignore-stage" ? "a `FROM`" : "an instruction";
      report(s.range, `\`${s.form}\` must be directly above ${where}; here it suppresses nothing.`);
      continue;
    }
    if (s.ids === null) {
      if (!s.used) report(s.range, `\`${s.form}\` (every rule) suppresses nothing here; remove it.`);
      continue;
    }
    for (const id of s.ids) {
      if (isUnknownId(id)) continue;
      if (id.ruleIds.size === 0) {
        report(id.range, `\`${id.id}\` in \`${s.form}\` is covered by no dlint rule, so it suppresses nothing here; remove it.`);
      } else if (!id.used) {
        report(id.range, `\`${id.id}\` in \`${s.form}\` suppresses nothing here; remove it.`);
      }
    }
  }
  return out;
}
var unusedIgnoreRule = {
  meta: {
    id: UNUSED_IGNORE,
    category: "correctness",
    severity: "warning",
    preset: "off",
    description: "A suppression comment naming an unknown rule id (always reported), or a `dlint-ignore` comment that suppresses nothing (reported with `--report-unused-ignores`).",
    docs: {
      why: "A suppression that no longer matches a finding hides nothing today but will silently hide a real problem the day one appears on that line. Remove stale suppressions so each one left documents a decision that still holds.",
      bad: "# dlint-ignore apt-pin-versions -- pinned by the base image\nRUN apt-get install -y curl=8.5.0-2",
      good: "RUN apt-get install -y curl=8.5.0-2"
    },
    fixable: false,
    covers: []
  },
  check: () => {
  }
};

// src/lint-files.ts
import fs8 from "node:fs";
import path16 from "node:path";

// src/engine.ts
var INTERNAL_ERROR = "internal-error";
var TEMPLATE_RULE = "syntax-error";
function runRules(model, rules, settings, buildContext, shellcheck = null) {
  const findings = [];
  for (const { rule, severity, options } of rules) {
    if (model.template && rule.meta.id !== TEMPLATE_RULE) continue;
    try {
      rule.check({
        model,
        buildContext,
        options,
        settings,
        ...shellcheck ? { shellcheck } : {},
        report: (d) => {
          findings.push({
            file: d.file ?? model.path,
            ruleId: rule.meta.id,
            severity: d.severity && severity === rule.meta.severity ? d.severity : severity,
            message: d.message,
            range: d.range,
            ...d.code ? { code: d.code } : {},
            ...d.url ? { url: d.url } : {},
            ...d.fix ? { fix: { description: d.fix.description, edits: d.fix.edits, safe: d.fix.safe ?? true } } : {},
            ...d.related?.length ? { related: d.related.map((r) => ({ file: r.file ?? model.path, range: r.range, message: r.message })) } : {}
          });
        }
      });
    } catch (e) {
      findings.push({
        file: model.path,
        ruleId: INTERNAL_ERROR,
        severity: "error",
        message: `rule ${rule.meta.id} failed on this file: ${e instanceof Error ? e.message : String(e)}`,
        range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
      });
    }
  }
  return findings;
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// src/fix.ts
import fs6 from "node:fs";
import path13 from "node:path";
var MAX_FIX_PASSES = 10;
function offsetIn(text, lineStarts, p) {
  const start = lineStarts[p.line - 1];
  if (start === void 0) return text.length;
  const next = lineStarts[p.line];
  let end = next === void 0 ? text.length : next - 1;
  if (end > start && text[end - 1] === "\r") end--;
  return Math.min(start + p.column - 1, end);
}
function applyFixes(text, fixes, eol) {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const resolved = fixes.map((fix) => ({
    edits: fix.edits.map((e) => ({ start: offsetIn(text, lineStarts, e.range.start), end: offsetIn(text, lineStarts, e.range.end), text: e.text.replace(/\r?\n/g, eol) })).sort((a, b) => a.start - b.start || a.end - b.end)
  })).filter((f) => f.edits.length > 0).sort((a, b) => a.edits[0].start - b.edits[0].start);
  const taken = [];
  const chosen = [];
  let applied = 0;
  for (const fix of resolved) {
    const clash = fix.edits.some((e, i) => i > 0 && e.start < fix.edits[i - 1].end || taken.some((t) => e.start <= t.end && t.start <= e.end));
    if (clash) continue;
    for (const e of fix.edits) {
      taken.push(e);
      chosen.push(e);
    }
    applied++;
  }
  let out = text;
  for (const e of chosen.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied };
}
function fixLoop(text, eol, file, unsafe, lint2) {
  let current = text;
  let applied = 0;
  let findings = lint2(current);
  const before3 = findings;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = findings.filter((f) => f.fix && f.file === file && (f.fix.safe || unsafe)).map((f) => f.fix);
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes, eol);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
    findings = lint2(current);
  }
  return { text: current, applied, findings, before: before3 };
}
function writeAtomic(file, content) {
  const dir = path13.dirname(file);
  const tmp = path13.join(dir, `.${path13.basename(file)}.dlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  const mode = fs6.statSync(file).mode;
  try {
    fs6.writeFileSync(tmp, content, { mode });
    fs6.renameSync(tmp, file);
  } catch (e) {
    fs6.rmSync(tmp, { force: true });
    throw e;
  }
}

// src/lint.ts
import path15 from "node:path";

// src/context/build-context.ts
import fs7 from "node:fs";
import path14 from "node:path";
var MAX_CONTEXT_FILE = 1024 * 1024;
function openBuildContext(root, dockerfilePath) {
  const abs = path14.resolve(root);
  const resolve = (rel) => {
    const p = path14.resolve(abs, rel.replace(/^\/+/, ""));
    return p === abs || p.startsWith(abs + path14.sep) ? p : null;
  };
  const listed = /* @__PURE__ */ new Map();
  const stat = (rel) => {
    const p = resolve(rel);
    if (!p) return null;
    try {
      return fs7.statSync(p);
    } catch {
      return null;
    }
  };
  return {
    root: abs,
    dockerfile: dockerfilePath ? path14.relative(abs, path14.resolve(dockerfilePath)).split(path14.sep).join("/") : null,
    exists: (rel) => stat(rel) !== null,
    isDirectory: (rel) => stat(rel)?.isDirectory() ?? false,
    read: (rel) => {
      const s = stat(rel);
      const p = resolve(rel);
      if (!s || !p || !s.isFile() || s.size > MAX_CONTEXT_FILE) return null;
      try {
        return fs7.readFileSync(p, "utf8");
      } catch {
        return null;
      }
    },
    // Several rules list the same folders (the context's root above all): each is read once per lint.
    list: (rel) => {
      const p = resolve(rel);
      if (!p) return [];
      let names = listed.get(p);
      if (!names) {
        try {
          names = fs7.readdirSync(p);
        } catch {
          names = [];
        }
        listed.set(p, names);
      }
      return names;
    }
  };
}

// src/lint.ts
function allRules(extra = []) {
  return [...builtinRules, ...extra];
}
function lint(text, options = {}) {
  return lintModel(buildModel(options.filePath ?? "Dockerfile", text), options);
}
function lintModel(model, options = {}) {
  const known2 = allRules(options.extraRules);
  const rules = enabledRules(known2, options.preset ?? "recommended", options.rules);
  const contextDir = options.contextDir === void 0 ? options.filePath ? path15.dirname(options.filePath) : null : options.contextDir;
  const buildContext = contextDir === null ? null : openBuildContext(contextDir, options.filePath ?? null);
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const shellcheck = options.shellcheck && rules.some((r) => r.rule.meta.id === "shellcheck") ? options.shellcheck : null;
  const findings = runRules(model, rules, settings, buildContext, shellcheck);
  return applySuppressions(model, findings, {
    rules: known2,
    noInlineConfig: options.noInlineConfig,
    reportUnused: options.reportUnusedIgnores
  }).sort(compareFindings);
}

// src/read.ts
var MAX_BYTES = 10 * 1024 * 1024;
var InputError = class extends Error {
};
function decodeDockerfile(bytes, maxBytes = MAX_BYTES) {
  if (bytes.length > maxBytes) {
    throw new InputError(`file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; not a Dockerfile`);
  }
  if (bytes.includes(0)) throw new InputError("binary file (contains NUL bytes); not a Dockerfile");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError("invalid UTF-8; Dockerfiles must be UTF-8 text");
  }
  const bom = text.charCodeAt(0) === 65279;
  if (bom) text = text.slice(1);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return { text, bom, eol };
}

// src/lint-files.ts
var STDIN = "-";
function effectiveOptions(config, options) {
  const known2 = [...builtinRules, ...config.pluginRules];
  const rules = { ...config.rules };
  for (const [id, entry] of Object.entries(options.rules ?? {})) {
    if (!known2.some((r) => r.meta.id === id)) throw new ConfigError(unknownRuleMessage(id, known2));
    const prev = rules[id];
    rules[id] = typeof entry === "string" && entry !== "off" && Array.isArray(prev) && prev[1] ? [entry, prev[1]] : entry;
  }
  return {
    rules: known2,
    failureThreshold: options.failureThreshold ?? config.failureThreshold ?? "warning",
    lint: {
      preset: options.preset ?? config.preset,
      rules,
      settings: { trustedRegistries: config.trustedRegistries, trustedImages: config.trustedImages, labelSchema: config.labelSchema },
      extraRules: config.pluginRules,
      noInlineConfig: options.noInlineConfig ?? config.noInlineConfig,
      reportUnusedIgnores: options.reportUnusedIgnores ?? config.reportUnusedIgnores
    }
  };
}
function fileLintOptions(config, options, cwd, shown, abs) {
  const eff = effectiveOptions(config, options);
  const contextDir = options.context !== void 0 ? path16.resolve(cwd, options.context) : config.context ?? (abs ? path16.dirname(abs) : null);
  return { ...eff, lint: { ...eff.lint, filePath: shown, contextDir } };
}
async function printableConfig(file, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver({ cwd, configFile: options.config, onNotice: options.onNotice });
  const abs = path16.resolve(cwd, file);
  const config = await resolver.forFile(abs);
  const eff = effectiveOptions(config, options);
  const enabled = new Map(enabledRules(eff.rules, eff.lint.preset, eff.lint.rules).map((e) => [e.rule.meta.id, e]));
  return {
    configFiles: config.files,
    ignored: config.ignored,
    preset: eff.lint.preset,
    failureThreshold: eff.failureThreshold,
    trustedRegistries: config.trustedRegistries,
    trustedImages: config.trustedImages,
    labelSchema: config.labelSchema,
    context: options.context ? path16.resolve(cwd, options.context) : config.context ?? path16.dirname(abs),
    noInlineConfig: eff.lint.noInlineConfig,
    reportUnusedIgnores: eff.lint.reportUnusedIgnores,
    shellcheck: options.shellcheck ?? config.shellcheck,
    ...config.shellcheckPath ? { shellcheckPath: config.shellcheckPath } : {},
    plugins: config.plugins.map((p) => ({ name: p.name, file: resolver.display(p.file), rules: p.rules.map((r) => r.meta.id) })),
    rules: Object.fromEntries(
      eff.rules.map((r) => {
        const e = enabled.get(r.meta.id);
        return [r.meta.id, !e ? "off" : Object.keys(e.options).length ? [e.severity, e.options] : e.severity];
      })
    )
  };
}
async function lintFiles(inputs, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver({ cwd, configFile: options.config, onNotice: options.onNotice });
  const pending = [];
  for (const file of discover(inputs, cwd, options.onSkip)) {
    const isStdin = file === STDIN;
    const shown = isStdin ? options.stdin?.filename ?? "<stdin>" : file;
    const named = !isStdin || options.stdin?.filename !== void 0;
    const abs = named ? path16.resolve(cwd, shown) : null;
    const config = await resolver.forFile(abs, abs ? path16.dirname(abs) : cwd);
    if (config.ignored) {
      if (inputs.includes(file)) options.onNotice?.(`${shown}: skipped, ignorePatterns in ${config.files.join(", ")} exclude it`);
      continue;
    }
    const eff = effectiveOptions(config, options);
    const contextDir = options.context !== void 0 ? path16.resolve(cwd, options.context) : config.context ?? (abs ? path16.dirname(abs) : null);
    const wanted = enabledRules(eff.rules, eff.lint.preset, eff.lint.rules).some((e) => e.rule.meta.id === "shellcheck");
    const mode = options.shellcheck ?? config.shellcheck;
    if (wanted && mode === "on" && !options.shellchecks) throw new ConfigError("shellcheck: on, but ShellCheck cannot run here (the GitHub Action starts no programs); use the dlint CLI");
    const shellcheck = wanted && options.shellchecks ? options.shellchecks.select(mode, config.shellcheckPath) : null;
    const lintOptions = { ...eff.lint, filePath: shown, contextDir, shellcheck };
    const result = { file: shown, absolutePath: isStdin ? null : abs, text: null, findings: [], failureThreshold: eff.failureThreshold, rules: eff.rules, shellcheck: null };
    let source = null;
    try {
      const bytes = isStdin ? options.stdin?.read() ?? new Uint8Array() : fs8.readFileSync(abs);
      source = decodeDockerfile(bytes);
      result.text = source.text;
    } catch (e) {
      const start = { line: 1, column: 1 };
      if (e instanceof InputError || isFsError(e)) {
        result.ioError = e instanceof InputError ? e.message : fsMessage(e);
        result.findings = [{ file: shown, ruleId: "io-error", severity: "error", message: result.ioError, range: { start, end: start } }];
      } else {
        const message2 = `dlint failed on this file: ${e instanceof Error ? e.message : String(e)}`;
        result.findings = [{ file: shown, ruleId: INTERNAL_ERROR, severity: "error", message: message2, range: { start, end: start } }];
      }
    }
    pending.push({ result, lint: lintOptions, source });
  }
  const readable = pending.filter((p) => p.source);
  const workers = options.workers;
  if (workers && workers.threads > 1 && readable.length >= PARALLEL_MIN_FILES && !options.fix && readable.every((p) => !p.lint.extraRules?.length)) {
    const jobs = readable.map(({ result, source, lint: { shellcheck, extraRules: _, ...rest } }) => ({ file: result.file, text: source.text, options: rest, shellcheck: shellcheck?.binary ?? null }));
    const findings = await workers.lint(jobs);
    readable.forEach((p, i) => {
      p.result.findings = findings[i];
      p.result.shellcheck = p.lint.shellcheck?.binary.version ?? null;
    });
    return pending.map((p) => p.result);
  }
  const models = pending.map((p) => p.source ? buildModel(p.result.file, p.source.text) : null);
  prepareShellCheck(pending, models);
  for (const [i, { result, lint: lintOptions, source }] of pending.entries()) {
    if (!source) continue;
    result.shellcheck = lintOptions.shellcheck?.binary.version ?? null;
    if (options.fix) {
      const outcome = fixLoop(source.text, source.eol, result.file, options.fix === "unsafe", (t) => lint(t, lintOptions));
      result.findings = outcome.findings;
      result.unfixedText = source.text;
      result.text = outcome.text;
      result.output = (source.bom ? "\uFEFF" : "") + outcome.text;
      result.fixed = outcome.applied;
      result.unfixedFindings = outcome.before;
    } else {
      result.findings = lintModel(models[i], lintOptions);
    }
  }
  return pending.map((p) => p.result);
}
function prepareShellCheck(pending, models) {
  const byChecker = /* @__PURE__ */ new Map();
  pending.forEach((p, i) => {
    const sc = p.lint.shellcheck;
    if (sc && models[i]) byChecker.set(sc, [...byChecker.get(sc) ?? [], models[i]]);
  });
  for (const [sc, files] of byChecker) sc.prepare(files);
}
function isFsError(e) {
  return e instanceof Error && typeof e.code === "string";
}
function fsMessage(e) {
  switch (e.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    default:
      return `cannot read (${e.code})`;
  }
}

export {
  loadYaml,
  loadChildProcess,
  loadCrypto,
  loadWorkerThreads,
  systemShellOf,
  DEFAULT_EXCLUDES,
  BUSYBOX_SUPPORTS,
  PORTABILITY,
  LEVEL_OVERRIDES,
  main_exports,
  init_main,
  TextDocument2 as TextDocument,
  init_main2,
  buildModel,
  builtinRules,
  rulesCovering,
  coverageOf,
  HOMEPAGE,
  ruleDocUrl,
  ruleMarkdown,
  ruleText,
  ConfigError,
  unknownRuleMessage,
  parseRuleSetting,
  HADOLINT_FILES,
  fromHadolint,
  migrationYaml,
  CONFIG_FILES,
  ConfigResolver,
  DiscoveryError,
  isDockerfilePath,
  fixLoop,
  writeAtomic,
  UNUSED_IGNORE,
  unusedIgnoreRule,
  lint,
  lintModel,
  STDIN,
  fileLintOptions,
  printableConfig,
  lintFiles
};
/*! Bundled license information:

@balena/dockerignore/ignore.js:
  (**
   * @license
   * Copyright 2020 Balena Ltd.
   *
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   *    http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   *
   * ------------------------------------------------------------------------
   *
   * Copyright 2018 Zeit, Inc.
   * Licensed under the MIT License. See file LICENSE.md for a full copy.
   *
   * ------------------------------------------------------------------------
   *)
*/
