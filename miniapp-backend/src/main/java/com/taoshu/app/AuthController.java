package com.taoshu.app;

import com.taoshu.reader.ReaderLoginService;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.Logout;
import com.taoshu.shared.security.PublicApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "读者登录")
@RestController
@RequestMapping("/api/app/auth")
public class AuthController {

    private final ReaderLoginService loginService;
    private final Logout logout;

    public AuthController(ReaderLoginService loginService, Logout logout) {
        this.loginService = loginService;
        this.logout = logout;
    }

    public record WxLoginRequest(
            @NotBlank(message = "登录凭证不能为空") @Size(max = 128, message = "登录凭证过长") String code) {
    }

    @Operation(summary = "微信登录：wx.login() 的 code 换取 token（首次登录自动注册）")
    @PublicApi
    @PostMapping("/wx-login")
    public ApiResponse<ReaderLoginService.ReaderSession> wxLogin(@Valid @RequestBody WxLoginRequest request) {
        return ApiResponse.ok(loginService.login(request.code().trim()));
    }

    @Operation(summary = "退出登录：结束本次登录会话（未登录或已过期时也成功）")
    @PublicApi
    @PostMapping("/logout")
    public ApiResponse<Void> logout() {
        logout.currentSession();
        return ApiResponse.ok();
    }
}
