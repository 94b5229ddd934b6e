package com.taoshu.app;

import com.taoshu.delivery.AddressService;
import com.taoshu.delivery.AddressService.AddressView;
import com.taoshu.delivery.DeliveryApplication;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.delivery.EligibilityService;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "送书上门")
@RestController
@RequestMapping("/api/app")
public class DeliveryController {

    private final EligibilityService eligibility;
    private final AddressService addresses;
    private final DeliverySlots slots;

    public DeliveryController(EligibilityService eligibility, AddressService addresses, DeliverySlots slots) {
        this.eligibility = eligibility;
        this.addresses = addresses;
        this.slots = slots;
    }

    public record ApplyRequest(
            @NotNull(message = "请选择申请原因") DeliveryApplication.Reason reason,
            @Size(max = 255, message = "说明不能超过255个字") String note) {
    }

    /**
     * An address as the mini-program saves it: {@code lat}/{@code lng} are what {@code wx.chooseLocation} returned
     * (GCJ-02), {@code placeName} its {@code name}, {@code address} its {@code address} (or what the reader typed),
     * {@code door} the building/unit/room the reader adds. Without a point the text is geocoded, when the library has a map
     * key; {@code branchId}: the branch that must deliver there (optional).
     */
    public record AddressRequest(
            @NotBlank(message = "联系人不能为空") @Size(max = 32, message = "联系人不能超过32个字") String contactName,
            @NotBlank(message = "联系电话不能为空") @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "联系电话格式不正确") String phone,
            @NotBlank(message = "详细地址不能为空") @Size(min = 4, max = 120, message = "详细地址应为4到120个字") String address,
            @Size(max = 64, message = "地点名称不能超过64个字") String placeName,
            @Size(max = 64, message = "楼栋门牌不能超过64个字") String door,
            @DecimalMin(value = "-90", message = "位置不正确，请在地图上重新选择") @DecimalMax(value = "90", message = "位置不正确，请在地图上重新选择") Double lat,
            @DecimalMin(value = "-180", message = "位置不正确，请在地图上重新选择") @DecimalMax(value = "180", message = "位置不正确，请在地图上重新选择") Double lng,
            @Positive(message = "分馆不正确") Long branchId,
            Boolean isDefault,
            @Valid SecondContactRequest secondContact) {

        AddressService.AddressInput input() {
            return new AddressService.AddressInput(contactName, phone, address, placeName, door, lat, lng, branchId,
                    Boolean.TRUE.equals(isDefault),
                    secondContact == null ? null : new AddressService.SecondContact(secondContact.name(), secondContact.phone()));
        }
    }

    /** The optional family contact the courier may call when the reader does not answer; omit it for none. */
    public record SecondContactRequest(
            @NotBlank(message = "第二联系人姓名不能为空") @Size(max = 32, message = "第二联系人姓名不能超过32个字") String name,
            @NotBlank(message = "第二联系人电话不能为空") @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "第二联系人电话格式不正确") String phone) {
    }

    @Operation(summary = "申请送书上门（老年、行动不便、工作繁忙）")
    @Idempotent
    @PostMapping("/delivery/applications")
    public ApiResponse<EligibilityService.ApplicationView> apply(ReaderId reader, @Valid @RequestBody ApplyRequest r) {
        return ApiResponse.ok(eligibility.apply(reader, r.reason(), r.note()));
    }

    @Operation(summary = "我的送书上门申请")
    @GetMapping("/delivery/applications")
    public ApiResponse<List<EligibilityService.ApplicationView>> myApplications(ReaderId reader) {
        return ApiResponse.ok(eligibility.mine(reader));
    }

    @Operation(summary = "我的收货地址")
    @GetMapping("/addresses")
    public ApiResponse<List<AddressView>> addresses(ReaderId reader) {
        return ApiResponse.ok(addresses.list(reader));
    }

    @Operation(summary = "新增收货地址（带地图选点的经纬度 GCJ-02；未选点时按文字定位；超出送书范围会被拒绝并说明距离）")
    @Idempotent
    @PostMapping("/addresses")
    public ApiResponse<AddressView> add(ReaderId reader, @Valid @RequestBody AddressRequest r) {
        return ApiResponse.ok(addresses.add(reader, r.input()));
    }

    @Operation(summary = "修改收货地址")
    @Idempotent
    @PutMapping("/addresses/{id}")
    public ApiResponse<AddressView> update(ReaderId reader, @PathVariable long id, @Valid @RequestBody AddressRequest r) {
        return ApiResponse.ok(addresses.update(reader, id, r.input()));
    }

    @Operation(summary = "删除收货地址")
    @Idempotent
    @DeleteMapping("/addresses/{id}")
    public ApiResponse<Void> delete(ReaderId reader, @PathVariable long id) {
        addresses.delete(reader, id);
        return ApiResponse.ok();
    }

    @Operation(summary = "设为默认地址")
    @Idempotent
    @PostMapping("/addresses/{id}/default")
    public ApiResponse<AddressView> setDefault(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(addresses.setDefault(reader, id));
    }

    @Operation(summary = "某分馆某天的配送时段与剩余名额")
    @GetMapping("/delivery-slots")
    public ApiResponse<List<DeliverySlots.SlotView>> slots(@RequestParam long branchId,
                                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return ApiResponse.ok(slots.forDate(branchId, date));
    }
}
