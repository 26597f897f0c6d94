import { describe, expect, it } from "vitest";
import { isJsonContentType } from "@cchc/http/web";

describe("isJsonContentType (RFC 8259 §8.1, RFC 6839)", () => {
  it.each([
    "application/json",
    "Application/JSON",
    "application/json; charset=utf-8",
    "application/json;charset=UTF-8",
    'application/json; charset="utf-8"',
    "application/problem+json",
    "application/vnd.cchc.report+json; charset=utf-8",
    "application/json; foo=bar",
  ])("%s is JSON in UTF-8", (header) => {
    expect(isJsonContentType(header)).toBe(true);
  });

  it.each([
    undefined,
    null,
    "",
    "text/plain",
    "text/json",
    "application/jsonp",
    "application/json-patch",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "application/json; charset=latin1",
    "application/json; charset=utf-16",
    "application/problem+json; charset=iso-8859-1",
  ])("%s is not", (header) => {
    expect(isJsonContentType(header)).toBe(false);
  });
});
