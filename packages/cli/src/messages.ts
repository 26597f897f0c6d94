import { defineCatalogue } from "@cchc/core";

/**
 * The CLI-wide messages of `cchc` in Vietnamese (default) and English: global options, help headings,
 * usage and I/O errors, and the texts of schema validation shared by `validate` and `schema`. Each
 * command keeps its own messages next to its code (`src/commands/<name>.ts`).
 *
 * @example
 * ```ts
 * import { formatMessage } from "@cchc/core";
 * import { cliMessages } from "@cchc/cli";
 *
 * formatMessage(cliMessages, "usage.unknown_command", { name: "calender" }, "en");
 * // => 'Unknown command "calender".'
 * ```
 */
export const cliMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "cli.description":
      "cchc — công cụ dòng lệnh của Kế hoạch tuyên truyền cải cách hành chính năm 2026 tỉnh Bắc Ninh: kiểm tra báo cáo, xuất JSON Schema, phân tích số, ký hiệu văn bản.",
    "option.json": "xuất kết quả dạng JSON (định dạng ổn định, xem docs/guides/cli.md)",
    "option.lang": "ngôn ngữ của thông báo và trợ giúp",
    "option.help": "hiển thị trợ giúp",
    "option.version": "hiển thị số phiên bản",
    "command.help": "hiển thị trợ giúp của một lệnh",
    "help.usage": "Cách dùng:",
    "help.arguments": "Đối số:",
    "help.options": "Tùy chọn:",
    "help.global_options": "Tùy chọn chung:",
    "help.commands": "Lệnh:",
    "help.options_token": "tùy chọn",
    "help.command_token": "lệnh",
    "help.default": "mặc định: {value}",
    "help.choices": "một trong: {choices}",
    "usage.error": "Lỗi: {message}",
    "usage.hint": "Xem \"cchc --help\" hoặc \"cchc <lệnh> --help\".",
    "usage.no_command": "Chưa có lệnh.",
    "usage.unknown_command": "Lệnh \"{name}\" không tồn tại.",
    "usage.unknown_option": "Tùy chọn \"{name}\" không tồn tại.",
    "usage.missing_argument": "Thiếu đối số bắt buộc \"{name}\".",
    "usage.option_missing_argument": "Tùy chọn \"{name}\" cần một giá trị.",
    "usage.invalid_choice": "Giá trị \"{value}\" không hợp lệ cho \"{name}\" (chọn một trong: {choices}).",
    "usage.excess_arguments": "Thừa đối số: lệnh nhận {expected} đối số, nhận được {received}.",
    "usage.other": "Sai cú pháp lệnh: {detail}",
    "usage.suggestion": "Có phải ý bạn là {suggestion}?",
    "io.read_failed": "Không đọc được \"{path}\": {reason}",
    "io.not_a_file": "\"{path}\" không phải là tệp.",
    "io.not_found": "không tìm thấy tệp",
    "io.permission_denied": "không có quyền truy cập",
    "io.write_failed": "Không ghi được \"{path}\": {reason}",
    "error.unexpected": "Lỗi không mong đợi: {detail}",
    "schema.unknown": "Không có lược đồ \"{id}\". Các lược đồ đã biết: {known}.",
    "schema.none_registered": "(chưa có lược đồ nào)",
    "schema.check_failed": "Kiểm tra chéo của lược đồ gặp lỗi: {detail}",
    "json.parse_error": "Không phải JSON hợp lệ: {detail}",
    "input.too_large": "Tài liệu quá lớn (hơn {max} byte); với dữ liệu nhiều dòng hãy dùng --ndjson.",
    "line.too_long": "Dòng quá dài (hơn {max} ký tự); dòng này bị bỏ qua.",
    "validate.root": "(gốc)",
    "validate.valid": "✔ Hợp lệ theo lược đồ {schema}.",
    "validate.invalid": "✖ Không hợp lệ theo lược đồ {schema}: {count} lỗi.",
    "validate.issue": "  {path}: {message} [{code}]",
    "validate.line_invalid": "✖ Dòng {line}: {count} lỗi",
    "validate.summary": "{lines} dòng: {valid} hợp lệ, {invalid} không hợp lệ ({seconds} giây).",
    "validate.progress": "{lines} dòng, {invalid} không hợp lệ",
  },
  en: {
    "cli.description":
      "cchc — the command line of Bắc Ninh's 2026 plan for communicating administrative reform: validate reports, export JSON Schemas, parse document numbers.",
    "option.json": "print results as JSON (a stable shape, see docs/guides/cli.md)",
    "option.lang": "language of messages and help",
    "option.help": "display help",
    "option.version": "display the version number",
    "command.help": "display help for a command",
    "help.usage": "Usage:",
    "help.arguments": "Arguments:",
    "help.options": "Options:",
    "help.global_options": "Global options:",
    "help.commands": "Commands:",
    "help.options_token": "options",
    "help.command_token": "command",
    "help.default": "default: {value}",
    "help.choices": "one of: {choices}",
    "usage.error": "Error: {message}",
    "usage.hint": "See \"cchc --help\" or \"cchc <command> --help\".",
    "usage.no_command": "No command given.",
    "usage.unknown_command": "Unknown command \"{name}\".",
    "usage.unknown_option": "Unknown option \"{name}\".",
    "usage.missing_argument": "Missing required argument \"{name}\".",
    "usage.option_missing_argument": "Option \"{name}\" needs a value.",
    "usage.invalid_choice": "Invalid value \"{value}\" for \"{name}\" (one of: {choices}).",
    "usage.excess_arguments": "Too many arguments: the command takes {expected}, got {received}.",
    "usage.other": "Invalid command line: {detail}",
    "usage.suggestion": "Did you mean {suggestion}?",
    "io.read_failed": "Cannot read \"{path}\": {reason}",
    "io.not_a_file": "\"{path}\" is not a file.",
    "io.not_found": "no such file",
    "io.permission_denied": "permission denied",
    "io.write_failed": "Cannot write \"{path}\": {reason}",
    "error.unexpected": "Unexpected error: {detail}",
    "schema.unknown": "No schema \"{id}\". Known schemas: {known}.",
    "schema.none_registered": "(none registered yet)",
    "schema.check_failed": "The schema's cross-field check failed: {detail}",
    "json.parse_error": "Not valid JSON: {detail}",
    "input.too_large": "Document too large (over {max} bytes); use --ndjson for line-delimited data.",
    "line.too_long": "Line too long (over {max} characters); the line is skipped.",
    "validate.root": "(root)",
    "validate.valid": "✔ Valid against schema {schema}.",
    "validate.invalid": "✖ Invalid against schema {schema}: {count} issue(s).",
    "validate.issue": "  {path}: {message} [{code}]",
    "validate.line_invalid": "✖ Line {line}: {count} issue(s)",
    "validate.summary": "{lines} line(s): {valid} valid, {invalid} invalid ({seconds} s).",
    "validate.progress": "{lines} line(s), {invalid} invalid",
  },
});

/** The keys of {@link cliMessages}. */
export type CliMessageKey = keyof typeof cliMessages.vi;
