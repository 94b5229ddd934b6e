package com.taoshu.admin;

import com.taoshu.catalog.BookAdminService;
import com.taoshu.catalog.excel.BookExportService;
import com.taoshu.catalog.excel.BookImportService;
import com.taoshu.catalog.excel.ImportReport;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "书目导入导出")
@RestController
@RequestMapping("/api/admin/books")
public class BookExcelController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BookImportService importService;
    private final BookExportService exportService;

    public BookExcelController(BookImportService importService, BookExportService exportService) {
        this.importService = importService;
        this.exportService = exportService;
    }

    @Operation(summary = "从 .xlsx 导入书目和复本（逐行校验，逐行提交；返回每行的错误；馆员只能导入本馆的复本）")
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ApiResponse<ImportReport> importBooks(@RequestPart("file") MultipartFile file, StaffPrincipal by) {
        try (InputStream in = file.getInputStream()) {
            return ApiResponse.ok(importService.importBooks(file.getOriginalFilename(), in, by));
        } catch (IOException e) {
            throw CommonErrorCode.BAD_REQUEST.exception("上传的文件无法读取，请重新上传");
        }
    }

    @Operation(summary = "下载导入模板（只有表头）")
    @GetMapping("/import-template")
    public ResponseEntity<byte[]> template() {
        return xlsx("书目导入模板.xlsx", importService.template());
    }

    @Operation(summary = "导出书目（含各分馆馆藏与可借数）")
    @GetMapping("/export")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) @Size(max = 64, message = "关键词过长") String q,
                                         @RequestParam(required = false) Long categoryId) {
        return xlsx("书目导出.xlsx", exportService.export(new BookAdminService.BookFilter(q, categoryId)));
    }

    private static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
