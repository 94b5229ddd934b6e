package com.taoshu.admin;

import com.taoshu.loan.LoanService;
import com.taoshu.loan.LoanService.LoanView;
import com.taoshu.loan.LoanStatus;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "借阅与还书")
@RestController
@RequestMapping("/api/admin")
public class LoanAdminController {

    private final LoanService loans;

    public LoanAdminController(LoanService loans) {
        this.loans = loans;
    }

    @Operation(summary = "某读者的借阅（在借/历史；馆员看在本馆借出的）")
    @GetMapping("/readers/{readerId}/loans")
    public ApiResponse<PageResult<LoanView>> readerLoans(@PathVariable long readerId,
                                                         @RequestParam(required = false) LoanStatus status,
                                                         @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(loans.listAtDesk(readerId, status, by, page));
    }

    @Operation(summary = "柜台还书：借阅结束，复本回到在架")
    @Idempotent
    @PostMapping("/loans/{id}/return")
    public ApiResponse<LoanView> giveBack(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(loans.returnAtDesk(id, by));
    }
}
