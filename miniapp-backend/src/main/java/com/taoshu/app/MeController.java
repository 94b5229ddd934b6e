package com.taoshu.app;

import com.taoshu.notify.InboxService;
import com.taoshu.notify.InboxService.SmsPreference;
import com.taoshu.reader.ReaderProfileService;
import com.taoshu.reader.ReaderView;
import com.taoshu.reader.ecard.ECards;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "我的")
@RestController
@RequestMapping("/api/app/me")
public class MeController {

    private final ReaderProfileService profileService;
    private final ECards ecards;
    private final InboxService inbox;

    public MeController(ReaderProfileService profileService, ECards ecards, InboxService inbox) {
        this.profileService = profileService;
        this.ecards = ecards;
        this.inbox = inbox;
    }

    @Operation(summary = "电子借书证：2分钟内有效的签名二维码内容，到馆出示给馆员扫描（过期后重新获取）")
    @GetMapping("/ecard")
    public ApiResponse<ECards.ECard> ecard(ReaderId reader) {
        return ApiResponse.ok(ecards.issue(reader.value()));
    }

    public record SmsRequest(@jakarta.validation.constraints.NotNull(message = "请选择是否接收短信") Boolean enabled) {
    }

    public record ProfileRequest(
            @Size(min = 1, max = 32, message = "姓名长度应为1到32个字") String name,
            @Positive(message = "分馆不正确") Long homeBranchId) {
    }

    public record PhoneRequest(
            @NotBlank(message = "手机号授权凭证不能为空") @Size(max = 128, message = "手机号授权凭证过长") String code) {
    }

    @Operation(summary = "我的资料（手机号脱敏）")
    @GetMapping
    public ApiResponse<ReaderView> me(ReaderId reader) {
        return ApiResponse.ok(profileService.me(reader));
    }

    @Operation(summary = "修改姓名、所属分馆")
    @Idempotent
    @PutMapping
    public ApiResponse<ReaderView> update(ReaderId reader, @Valid @RequestBody ProfileRequest request) {
        return ApiResponse.ok(profileService.update(reader,
                new ReaderProfileService.ProfileUpdate(request.name(), request.homeBranchId())));
    }

    @Operation(summary = "绑定手机号：getPhoneNumber 按钮返回的 code")
    @Idempotent
    @PostMapping("/phone")
    public ApiResponse<ReaderView> bindPhone(ReaderId reader, @Valid @RequestBody PhoneRequest request) {
        return ApiResponse.ok(profileService.bindPhone(reader, request.code().trim()));
    }

    @Operation(summary = "紧急通知（逾期、待取书、今日配送）是否也发短信；available=false 表示本馆未开通短信")
    @GetMapping("/sms")
    public ApiResponse<SmsPreference> sms(ReaderId reader) {
        return ApiResponse.ok(inbox.smsPreference(reader.value()));
    }

    @Operation(summary = "开启或关闭紧急通知短信")
    @PutMapping("/sms")
    public ApiResponse<SmsPreference> setSms(ReaderId reader, @Valid @RequestBody SmsRequest request) {
        return ApiResponse.ok(inbox.setSms(reader.value(), request.enabled()));
    }
}
