package com.taoshu.admin;

import com.taoshu.loan.overdue.OverdueDesk;
import com.taoshu.loan.overdue.OverdueDesk.OverdueView;
import com.taoshu.loan.overdue.OverdueSort;
import com.taoshu.reader.CardType;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 逾期管理: a librarian sees their own branch's overdue loans, an ADMIN any branch or all. */
@Tag(name = "逾期管理")
@RestController
@RequestMapping("/api/admin/overdue")
public class OverdueAdminController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OverdueDesk desk;

    public OverdueAdminController(OverdueDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "逾期图书列表：逾期天数、读者（手机号脱敏）、证类型、已发提醒；按分馆、最少逾期天数、证类型筛选，默认逾期最久在前")
    @GetMapping
    public ApiResponse<PageResult<OverdueView>> list(@RequestParam(required = false) Long branchId,
                                                     @RequestParam(required = false) @Min(value = 1, message = "最少逾期天数至少为1")
                                                     @Max(value = 3650, message = "最少逾期天数过大") Integer minDays,
                                                     @RequestParam(required = false) CardType cardType,
                                                     @RequestParam(required = false) OverdueSort sort,
                                                     @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(desk.list(new OverdueDesk.Filter(branchId, minDays, cardType, sort), by, page));
    }

    @Operation(summary = "导出逾期图书列表（.xlsx，筛选与排序同列表）")
    @GetMapping("/export")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) Long branchId,
                                         @RequestParam(required = false) @Min(value = 1, message = "最少逾期天数至少为1")
                                         @Max(value = 3650, message = "最少逾期天数过大") Integer minDays,
                                         @RequestParam(required = false) CardType cardType,
                                         @RequestParam(required = false) OverdueSort sort, StaffPrincipal by) {
        byte[] body = desk.export(new OverdueDesk.Filter(branchId, minDays, cardType, sort), by);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("逾期图书.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
