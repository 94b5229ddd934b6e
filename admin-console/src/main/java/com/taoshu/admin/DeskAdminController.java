package com.taoshu.admin;

import com.taoshu.desk.DeskCheckoutService;
import com.taoshu.desk.DeskIdentifyService;
import com.taoshu.desk.DeskReturnService;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "柜台扫码：还书、取书核验、借书")
@RestController
@RequestMapping("/api/admin")
public class DeskAdminController {

    private final DeskReturnService returns;
    private final DeskIdentifyService identify;
    private final DeskCheckoutService checkout;

    public DeskAdminController(DeskReturnService returns, DeskIdentifyService identify, DeskCheckoutService checkout) {
        this.returns = returns;
        this.identify = identify;
        this.checkout = checkout;
    }

    public record ReturnRequest(
            @NotBlank(message = "请扫描图书条码") @Size(max = 32, message = "条码不能超过32个字符") String barcode) {
    }

    public record IdentifyRequest(
            @NotBlank(message = "请扫描电子借书证或输入4位取书码") @Size(max = 64, message = "借书证内容过长") String code) {
    }

    public record CheckoutRequest(
            @NotBlank(message = "请先扫描读者的电子借书证") @Size(max = 64, message = "读者核验信息过长") String ticket,
            @Size(max = DeskCheckoutService.MAX_BOOKS, message = "一次最多借20本书")
            List<@Size(max = 32, message = "条码不能超过32个字符") String> barcodes) {
    }

    @Operation(summary = "扫码还书：按复本条码归还，告知上架或放到暂存架留给预约读者；重复扫描答复已还过")
    @Idempotent
    @PostMapping("/returns")
    public ApiResponse<DeskReturnService.DeskReturn> giveBack(@Valid @RequestBody ReturnRequest r, StaffPrincipal by) {
        return ApiResponse.ok(returns.returnByBarcode(r.barcode(), by));
    }

    @Operation(summary = "核验读者：扫电子借书证或输入取书码，得到该读者在本馆暂存架上的待取订单")
    @PostMapping("/desk/identify")
    public ApiResponse<DeskIdentifyService.Identified> identify(@Valid @RequestBody IdentifyRequest r, StaffPrincipal by) {
        return ApiResponse.ok(identify.identify(r.code(), by));
    }

    @Operation(summary = "扫码借书预检：逐本说明能否借出（不借出）")
    @PostMapping("/desk/checkout/check")
    public ApiResponse<DeskCheckoutService.Checkout> check(@Valid @RequestBody CheckoutRequest r, StaffPrincipal by) {
        return ApiResponse.ok(checkout.check(r.ticket(), r.barcodes(), by));
    }

    @Operation(summary = "扫码借书：无订单的柜台借书，按借阅规则逐本借出，不能借的说明原因")
    @Idempotent
    @PostMapping("/desk/checkout")
    public ApiResponse<DeskCheckoutService.Checkout> checkout(@Valid @RequestBody CheckoutRequest r, StaffPrincipal by) {
        return ApiResponse.ok(checkout.checkout(r.ticket(), r.barcodes(), by));
    }
}
