package com.taoshu.app;

import com.taoshu.loan.LoanService;
import com.taoshu.loan.LoanService.LoanView;
import com.taoshu.loan.LoanStatus;
import com.taoshu.loan.loss.LossService;
import com.taoshu.loan.loss.LossService.CompensationView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "我的借阅")
@RestController
@RequestMapping("/api/app/loans")
public class LoanController {

    private final LoanService loans;
    private final LossService losses;

    public LoanController(LoanService loans, LossService losses) {
        this.loans = loans;
        this.losses = losses;
    }

    @Operation(summary = "借阅列表：status=ACTIVE 在借（含逾期天数），RETURNED 借阅历史，不填为全部")
    @GetMapping
    public ApiResponse<PageResult<LoanView>> list(ReaderId reader, @RequestParam(required = false) LoanStatus status,
                                                  @Valid PageQuery page) {
        return ApiResponse.ok(loans.list(reader.value(), status, page));
    }

    @Operation(summary = "续借")
    @Idempotent
    @PostMapping("/{id}/renew")
    public ApiResponse<LoanView> renew(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(loans.renew(reader, id));
    }

    @Operation(summary = "报失：借阅结束（已遗失），按书目定价生成待赔偿记录，请到馆赔付")
    @Idempotent
    @PostMapping("/{id}/report-lost")
    public ApiResponse<CompensationView> reportLost(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(losses.reportLost(reader, id));
    }

    @Operation(summary = "我的赔偿：待赔偿合计与明细")
    @GetMapping("/compensations")
    public ApiResponse<LossService.ReaderCompensations> compensations(ReaderId reader) {
        return ApiResponse.ok(losses.ofReader(reader.value()));
    }
}
