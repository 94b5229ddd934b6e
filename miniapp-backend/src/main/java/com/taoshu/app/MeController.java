package com.taoshu.app;

import com.taoshu.notify.InboxService;
import com.taoshu.notify.InboxService.SmsPreference;
import com.taoshu.reader.AvatarErrorCode;
import com.taoshu.reader.ReaderAvatarService;
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
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "我的")
@RestController
@RequestMapping("/api/app/me")
public class MeController {

    private final ReaderProfileService profileService;
    private final ECards ecards;
    private final InboxService inbox;
    private final ReaderAvatarService avatars;

    public MeController(ReaderProfileService profileService, ECards ecards, InboxService inbox,
                        ReaderAvatarService avatars) {
        this.profileService = profileService;
        this.ecards = ecards;
        this.inbox = inbox;
        this.avatars = avatars;
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

    @Operation(summary = "上传头像（chooseAvatar 选择的图片，表单字段 file）：仅 JPG、PNG、WebP，不超过512KB；返回带新头像地址的资料")
    @PostMapping(path = "/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ApiResponse<ReaderView> uploadAvatar(ReaderId reader, @RequestPart("file") MultipartFile file) throws IOException {
        // the size is checked before reading: a file over the limit is refused without loading it
        if (file.getSize() > ReaderAvatarService.MAX_BYTES) {
            throw AvatarErrorCode.AVATAR_TOO_LARGE.exception();
        }
        return ApiResponse.ok(profileService.changeAvatar(reader, file.getBytes()));
    }

    @Operation(summary = "我的头像图片（地址见资料中的 avatarUrl，其中的版本号随每次上传变化）")
    @GetMapping("/avatar")
    public ResponseEntity<byte[]> avatar(ReaderId reader) {
        ReaderAvatarService.Avatar avatar = avatars.mine(reader);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(avatar.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(avatar.image());
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
