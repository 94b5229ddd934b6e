package com.taoshu.courier;

import com.taoshu.delivery.route.ContactReveal;
import com.taoshu.delivery.route.ContactRevealService;
import com.taoshu.delivery.route.CourierLocations;
import com.taoshu.delivery.route.CourierRouteService;
import com.taoshu.delivery.route.RouteViews;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The courier's day. Confirmations are idempotent by themselves (a repeated deliver/fail/start answers the same and
 * changes nothing), so a lost response on a weak mobile connection is safe to retry.
 */
@Tag(name = "配送员路线")
@RestController
@RequestMapping("/api/courier")
public class RouteController {

    private final CourierRouteService routes;
    private final CourierLocations locations;
    private final ContactRevealService contacts;

    public RouteController(CourierRouteService routes, CourierLocations locations, ContactRevealService contacts) {
        this.routes = routes;
        this.locations = locations;
        this.contacts = contacts;
    }

    /** Which number to call: the reader's (default) or the family contact's. */
    public record ContactRequest(ContactReveal.Contact contact) {
    }

    public record DeliverRequest(
            @NotBlank(message = "请输入读者的4位取书码") @Pattern(regexp = "\\d{4}", message = "取书码是4位数字") String code) {
    }

    public record FailRequest(
            @NotBlank(message = "请填写未送达原因") @Size(max = 255, message = "原因不能超过255个字") String reason) {
    }

    /**
     * The reader's 4-digit code (shown in their pickup view) and the loans actually taken; leave {@code loanIds} empty
     * when the reader handed over all the books of the pickup.
     */
    public record CollectRequest(
            @NotBlank(message = "请输入读者的4位取书码") @Pattern(regexp = "\\d{4}", message = "取书码是4位数字") String code,
            @Size(max = 20, message = "一次最多取回20本") List<@NotNull(message = "借阅编号不能为空") Long> loanIds) {
    }

    public record LocationRequest(
            @NotNull(message = "纬度不能为空") @DecimalMin(value = "-90", message = "纬度不正确") @DecimalMax(value = "90", message = "纬度不正确") Double lat,
            @NotNull(message = "经度不能为空") @DecimalMin(value = "-180", message = "经度不正确") @DecimalMax(value = "180", message = "经度不正确") Double lng) {
    }

    @Operation(summary = "今天的路线：按顺序的配送点、读者（手机号脱敏）、地址、要交付的书、计划到达时间")
    @GetMapping("/routes/today")
    public ApiResponse<List<RouteViews.RouteView>> today(StaffPrincipal courier) {
        return ApiResponse.ok(routes.today(courier));
    }

    @Operation(summary = "出发：路线上的订单变为配送中，读者收到取书码；比计划出发时间早一小时以上出发时附提醒（warning）")
    @PostMapping("/routes/{id}/start")
    public ApiResponse<CourierRouteService.Started> start(@PathVariable long id, StaffPrincipal courier) {
        return ApiResponse.ok(routes.start(id, courier));
    }

    @Operation(summary = "确认送达：输入读者出示的4位取书码（错3次锁定）")
    @PostMapping("/stops/{id}/deliver")
    public ApiResponse<RouteViews.StopView> deliver(@PathVariable long id, @Valid @RequestBody DeliverRequest r,
                                                    StaffPrincipal courier) {
        return ApiResponse.ok(routes.deliver(id, r.code(), courier));
    }

    @Operation(summary = "确认取回（上门取还点）：输入读者出示的4位取书码（错3次锁定），清点读者交来的书；不填 loanIds 表示全部取回")
    @PostMapping("/stops/{id}/collect")
    public ApiResponse<RouteViews.StopView> collect(@PathVariable long id, @Valid @RequestBody CollectRequest r,
                                                    StaffPrincipal courier) {
        return ApiResponse.ok(routes.collect(id, r.code(), r.loanIds() == null ? List.of() : r.loanIds(), courier));
    }

    @Operation(summary = "未能送达（不在家、地址错误…）：自动改约下一时段，最多两次")
    @PostMapping("/stops/{id}/fail")
    public ApiResponse<RouteViews.StopView> fail(@PathVariable long id, @Valid @RequestBody FailRequest r, StaffPrincipal courier) {
        return ApiResponse.ok(routes.fail(id, r.reason().trim(), courier));
    }

    @Operation(summary = "联系读者：出发后、本配送点未完成时，显示读者（或第二联系人）的完整电话；每次查看都会记录")
    @PostMapping("/stops/{id}/contact")
    public ApiResponse<ContactRevealService.ContactView> contact(@PathVariable long id,
                                                                 @RequestBody(required = false) ContactRequest r,
                                                                 StaffPrincipal courier) {
        ContactReveal.Contact which = r == null || r.contact() == null ? ContactReveal.Contact.PRIMARY : r.contact();
        return ApiResponse.ok(contacts.reveal(id, which, courier));
    }

    @Operation(summary = "上报当前位置（每5秒最多一次）")
    @PostMapping("/location")
    public ApiResponse<CourierLocations.Position> location(@Valid @RequestBody LocationRequest r, StaffPrincipal courier) {
        return ApiResponse.ok(locations.ping(courier.staffId(), r.lat(), r.lng()));
    }
}
