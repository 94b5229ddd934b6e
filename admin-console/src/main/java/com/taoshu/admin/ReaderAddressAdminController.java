package com.taoshu.admin;

import com.taoshu.delivery.AddressService;
import com.taoshu.delivery.DeskAddressService;
import com.taoshu.delivery.DeskAddressService.DeskAddressView;
import com.taoshu.delivery.DeskAddressService.ReaderAddresses;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The desk places or corrects a reader's delivery address on the map (a reader who phones instead of using the app). */
@Tag(name = "读者管理")
@RestController
@RequestMapping("/api/admin/readers/{readerId}/addresses")
public class ReaderAddressAdminController {

    private final DeskAddressService addresses;

    public ReaderAddressAdminController(DeskAddressService addresses) {
        this.addresses = addresses;
    }

    /**
     * An address as the desk enters it: the point the librarian clicked ({@code lat}/{@code lng}, GCJ-02; without it the
     * text is geocoded when the library has a map key). {@code phone} may be left out when correcting (kept as it was).
     */
    public record DeskAddressRequest(
            @NotBlank(message = "联系人不能为空") @Size(max = 32, message = "联系人不能超过32个字") String contactName,
            @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "联系电话格式不正确") String phone,
            @NotBlank(message = "详细地址不能为空") @Size(min = 4, max = 120, message = "详细地址应为4到120个字") String address,
            @Size(max = 64, message = "地点名称不能超过64个字") String placeName,
            @Size(max = 64, message = "楼栋门牌不能超过64个字") String door,
            @DecimalMin(value = "-90", message = "位置不正确，请在地图上重新选择") @DecimalMax(value = "90", message = "位置不正确，请在地图上重新选择") Double lat,
            @DecimalMin(value = "-180", message = "位置不正确，请在地图上重新选择") @DecimalMax(value = "180", message = "位置不正确，请在地图上重新选择") Double lng,
            @Positive(message = "分馆不正确") Long branchId,
            Boolean isDefault) {

        AddressService.AddressInput input() {
            return new AddressService.AddressInput(contactName, phone, address, placeName, door, lat, lng, branchId,
                    Boolean.TRUE.equals(isDefault));
        }
    }

    @Operation(summary = "读者的收货地址与所属分馆的送书范围（馆员：本馆读者）")
    @GetMapping
    public ApiResponse<ReaderAddresses> list(@PathVariable long readerId, StaffPrincipal by) {
        return ApiResponse.ok(addresses.list(by, readerId));
    }

    @Operation(summary = "为读者新增收货地址（在地图上点选位置；电话必填）")
    @Idempotent
    @PostMapping
    public ApiResponse<DeskAddressView> add(@PathVariable long readerId, @Valid @RequestBody DeskAddressRequest r, StaffPrincipal by) {
        return ApiResponse.ok(addresses.add(by, readerId, r.input()));
    }

    @Operation(summary = "更正读者的收货地址或位置（电话不填则不变）")
    @Idempotent
    @PutMapping("/{addressId}")
    public ApiResponse<DeskAddressView> update(@PathVariable long readerId, @PathVariable long addressId,
                                               @Valid @RequestBody DeskAddressRequest r, StaffPrincipal by) {
        return ApiResponse.ok(addresses.update(by, readerId, addressId, r.input()));
    }
}
