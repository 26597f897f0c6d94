/**
 * The 99 commune-level units of Bắc Ninh province (province code 24) from 2025-07-01, in the official order
 * of Công văn 1027/CTK-CSCL, Phụ lục I (rows 775–873), as `[code, official name]` pairs. Kept as compact
 * literals (no work at import time); {@link bacNinhAdminUnits} turns them into typed records on first use.
 *
 * Provenance: the codes are those assigned by the Cục Thống kê letter 1027/CTK-CSCL of 2025-06-25 to the
 * units created by Nghị quyết 1658/NQ-UBTVQH15 of 2025-06-16, read from the dataset `dvhcvn/20250701`
 * (commit dd94887ce32324380bc5bb0a76fe39867dafc73b, `input/docs/1027_CTK-CSCL.md`), where 99 rows
 * (66 xã, 33 phường), no duplicate codes, and an identical code set in `mapping/merges.json` were checked.
 *
 * @example
 * ```ts
 * import { BAC_NINH_COMMUNE_ROWS } from "@cchc/plan";
 *
 * BAC_NINH_COMMUNE_ROWS.length; // => 99
 * BAC_NINH_COMMUNE_ROWS.at(-1); // => ["07663", "Xã Tuấn Đạo"]
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const BAC_NINH_COMMUNE_ROWS: readonly (readonly [code: string, fullName: string])[] = [
  ["07627", "Xã Đại Sơn"], ["07615", "Xã Sơn Động"], ["07616", "Xã Tây Yên Tử"],
  ["07672", "Xã Dương Hưu"], ["07642", "Xã Yên Định"], ["07654", "Xã An Lạc"],
  ["07621", "Xã Vân Sơn"], ["07573", "Xã Biển Động"], ["07582", "Xã Lục Ngạn"],
  ["07594", "Xã Đèo Gia"], ["07543", "Xã Sơn Hải"], ["07531", "Xã Tân Sơn"],
  ["07537", "Xã Biên Sơn"], ["07534", "Xã Sa Lý"], ["07603", "Xã Nam Dương"],
  ["07552", "Xã Kiên Lao"], ["07525", "Phường Chũ"], ["07612", "Phường Phượng Sơn"],
  ["07492", "Xã Lục Sơn"], ["07489", "Xã Trường Sơn"], ["07519", "Xã Cẩm Lý"],
  ["07450", "Xã Đông Phú"], ["07486", "Xã Nghĩa Phương"], ["07444", "Xã Lục Nam"],
  ["07498", "Xã Bắc Lũng"], ["07462", "Xã Bảo Đài"], ["07375", "Xã Lạng Giang"],
  ["07420", "Xã Mỹ Thái"], ["07399", "Xã Kép"], ["07432", "Xã Tân Dĩnh"],
  ["07381", "Xã Tiên Lục"], ["07288", "Xã Yên Thế"], ["07294", "Xã Bố Hạ"],
  ["07282", "Xã Đồng Kỳ"], ["07246", "Xã Xuân Lương"], ["07264", "Xã Tam Tiến"],
  ["07339", "Xã Tân Yên"], ["07351", "Xã Ngọc Thiện"], ["07306", "Xã Nhã Nam"],
  ["07330", "Xã Phúc Hòa"], ["07333", "Xã Quang Trung"], ["07864", "Xã Hợp Thịnh"],
  ["07840", "Xã Hiệp Hòa"], ["07822", "Xã Hoàng Vân"], ["07870", "Xã Xuân Cẩm"],
  ["07774", "Phường Tự Lạn"], ["07777", "Phường Việt Yên"], ["07795", "Phường Nếnh"],
  ["07798", "Phường Vân Hà"], ["07735", "Xã Đồng Việt"], ["07210", "Phường Bắc Giang"],
  ["07228", "Phường Đa Mai"], ["07696", "Phường Tiền Phong"], ["07682", "Phường Tân An"],
  ["07681", "Phường Yên Dũng"], ["07699", "Phường Tân Tiến"], ["07738", "Phường Cảnh Thụy"],
  ["09187", "Phường Kinh Bắc"], ["09190", "Phường Võ Cường"], ["09169", "Phường Vũ Ninh"],
  ["09325", "Phường Hạp Lĩnh"], ["09286", "Phường Nam Sơn"], ["09367", "Phường Từ Sơn"],
  ["09370", "Phường Tam Sơn"], ["09385", "Phường Đồng Nguyên"], ["09379", "Phường Phù Khê"],
  ["09400", "Phường Thuận Thành"], ["09409", "Phường Mão Điền"], ["09430", "Phường Trạm Lộ"],
  ["09427", "Phường Trí Quả"], ["09433", "Phường Song Liễu"], ["09445", "Phường Ninh Xá"],
  ["09247", "Phường Quế Võ"], ["09265", "Phường Phương Liễu"], ["09253", "Phường Nhân Hòa"],
  ["09301", "Phường Đào Viên"], ["09295", "Phường Bồng Lai"], ["09313", "Xã Chi Lăng"],
  ["09292", "Xã Phù Lãng"], ["09193", "Xã Yên Phong"], ["09238", "Xã Văn Môn"],
  ["09202", "Xã Tam Giang"], ["09205", "Xã Yên Trung"], ["09208", "Xã Tam Đa"],
  ["09319", "Xã Tiên Du"], ["09334", "Xã Liên Bão"], ["09343", "Xã Tân Chi"],
  ["09340", "Xã Đại Đồng"], ["09349", "Xã Phật Tích"], ["09454", "Xã Gia Bình"],
  ["09475", "Xã Nhân Thắng"], ["09469", "Xã Đại Lai"], ["09466", "Xã Cao Đức"],
  ["09487", "Xã Đông Cứu"], ["09496", "Xã Lương Tài"], ["09529", "Xã Lâm Thao"],
  ["09523", "Xã Trung Chính"], ["09499", "Xã Trung Kênh"], ["07663", "Xã Tuấn Đạo"],
];
