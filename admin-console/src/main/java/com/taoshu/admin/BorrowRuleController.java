package com.taoshu.admin;

import com.taoshu.loan.BorrowRule;
import com.taoshu.loan.BorrowRules;
import com.taoshu.reader.CardType;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "借阅规则")
@RestController
@RequestMapping("/api/admin/rules")
public class BorrowRuleController {

    private final BorrowRules rules;

    public BorrowRuleController(BorrowRules rules) {
        this.rules = rules;
    }

    public record RuleRequest(
            @NotNull(message = "可借数量不能为空") @Min(value = 1, message = "可借数量至少为1") @Max(value = 50, message = "可借数量不能超过50") Integer loanLimit,
            @NotNull(message = "借期不能为空") @Min(value = 1, message = "借期至少1天") @Max(value = 180, message = "借期不能超过180天") Integer loanDays,
            @NotNull(message = "续借次数不能为空") @Min(value = 0, message = "续借次数不能为负") @Max(value = 10, message = "续借次数不能超过10") Integer maxRenewals,
            @NotNull(message = "续借天数不能为空") @Min(value = 1, message = "续借天数至少1天") @Max(value = 180, message = "续借天数不能超过180天") Integer renewDays,
            @NotNull(message = "取书期限不能为空") @Min(value = 1, message = "取书期限至少1天") @Max(value = 30, message = "取书期限不能超过30天") Integer pickupDays,
            @NotNull(message = "逾期可续借天数不能为空") @Min(value = 0, message = "逾期可续借天数不能为负") @Max(value = 30, message = "逾期可续借天数不能超过30天") Integer renewOverdueGraceDays,
            @NotNull(message = "是否自动审核不能为空") Boolean autoApprove,
            @Min(value = 1, message = "逾期停借天数至少1天") @Max(value = 365, message = "逾期停借天数不能超过365天") Integer suspendAfterOverdueDays,
            @Min(value = 0, message = "可预约数量不能为负") @Max(value = 20, message = "可预约数量不能超过20") Integer reservationLimit,
            @NotNull(message = "版本号不能为空") Integer version) {
    }

    @Operation(summary = "各类借阅证的借阅规则")
    @GetMapping
    public ApiResponse<List<BorrowRule>> list() {
        return ApiResponse.ok(rules.all());
    }

    @Operation(summary = "修改借阅规则（带上读取时的 version；他人先保存则返回409；逾期停借天数、可预约数量不传则不变）")
    @Idempotent
    @PutMapping("/{cardType}")
    public ApiResponse<BorrowRule> update(@PathVariable CardType cardType, @Valid @RequestBody RuleRequest r) {
        return ApiResponse.ok(rules.update(cardType, new BorrowRules.RuleChange(r.loanLimit(), r.loanDays(),
                r.maxRenewals(), r.renewDays(), r.pickupDays(), r.renewOverdueGraceDays(), r.autoApprove(), r.suspendAfterOverdueDays(), r.reservationLimit(),
                r.version())));
    }
}
