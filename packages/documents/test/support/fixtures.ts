import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DocumentMetaInput } from "@cchc/documents/metadata";

const examplesDir = fileURLToPath(new URL("../../../reports/examples/", import.meta.url));

/** A shipped example payload of @cchc/reports (packages/reports/examples). */
export function example(name: string): unknown {
  return JSON.parse(readFileSync(`${examplesDir}${name}`, "utf8"));
}

/** The shipped valid examples that have a document template, with the metadata each is signed with. */
export const SHIPPED: readonly { readonly schema: string; readonly file: string; readonly meta: DocumentMetaInput }[] = [
  {
    schema: "monthly-media-report",
    file: "monthly-media-report.valid.json",
    meta: {
      issuer: { parent: "UBND tỉnh Bắc Ninh", name: "Báo và Phát thanh, Truyền hình Bắc Ninh" },
      number: "15/BC-BPTTH",
      place: "Bắc Ninh",
      date: "2026-03-06",
      recipients: ["Sở Văn hóa, Thể thao và Du lịch", "Ban Biên tập"],
      archive: ["TKTS"],
      signer: { authority: "KT. Tổng Biên tập", title: "Phó Tổng Biên tập", name: "Trần Thị Hoa" },
    },
  },
  {
    schema: "monthly-media-report",
    file: "monthly-media-report.valid-january.json",
    meta: {
      issuer: { parent: "UBND tỉnh Bắc Ninh", name: "Báo và Phát thanh, Truyền hình Bắc Ninh" },
      number: "9/BC-BPTTH",
      place: "Bắc Ninh",
      date: "2026-02-09",
      recipients: ["Sở Văn hóa, Thể thao và Du lịch"],
      signer: { title: "Tổng Biên tập", name: "Nguyễn Văn Cường" },
    },
  },
  {
    schema: "agency-communication-report",
    file: "agency-communication-report.valid.json",
    meta: {
      issuer: { parent: "UBND tỉnh Bắc Ninh", name: "Sở Tư pháp" },
      number: "31/BC-STP",
      place: "Bắc Ninh",
      date: "2026-03-16",
      recipients: ["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"],
      archive: ["PBGDPL"],
      signer: { authority: "KT. Giám đốc", title: "Phó Giám đốc", name: "Lê Văn Dũng" },
    },
  },
  {
    schema: "synthesis-report",
    file: "synthesis-report.valid.json",
    meta: {
      issuer: { parent: "UBND tỉnh Bắc Ninh", name: "Sở Văn hóa, Thể thao và Du lịch" },
      number: "24/BC-SVHTTDL",
      place: "Bắc Ninh",
      date: "2026-04-09",
      recipients: ["Chủ tịch UBND tỉnh (để b/c)", "Sở Nội vụ", "Văn phòng UBND tỉnh"],
      archive: ["VT", "QLBC"],
      signer: { authority: "KT. Giám đốc", title: "Phó Giám đốc", name: "Nguyễn Văn An" },
    },
  },
  {
    schema: "difficulty-report",
    file: "difficulty-report.valid.json",
    meta: {
      issuer: { parent: "Tỉnh Bắc Ninh", name: "Ủy ban nhân dân xã Tuấn Đạo" },
      number: "12/BC-UBND",
      place: "Tuấn Đạo",
      date: "2026-04-02",
      recipients: ["Sở Văn hóa, Thể thao và Du lịch", "Đảng ủy xã"],
      archive: ["VP"],
      signer: { authority: "TM. Ủy ban nhân dân", title: "Chủ tịch", name: "Hoàng Văn Bình" },
    },
  },
];
