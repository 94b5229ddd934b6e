package com.taoshu.admin;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stats.DeliveryKpiService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "送书上门管理")
@RestController
@RequestMapping("/api/admin/delivery/kpis")
public class DeliveryKpiController {

    private final DeliveryKpiService kpis;
    private final Clock clock;

    public DeliveryKpiController(DeliveryKpiService kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @Operation(summary = "配送指标：准时率（时段结束前送达/取回）、失败率、每配送员小时书数、每本书公里数（估算），按天明细；默认最近7天；馆员只看本馆")
    @GetMapping
    public ApiResponse<DeliveryKpiService.Kpis> kpis(@RequestParam(required = false) Long branchId,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                     StaffPrincipal by) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(6);
        return ApiResponse.ok(kpis.kpis(branchId, start, end, by));
    }
}
