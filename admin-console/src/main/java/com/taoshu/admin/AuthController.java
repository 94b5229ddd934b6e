package com.taoshu.admin;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.Logout;
import com.taoshu.shared.security.PublicApi;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.web.ClientIp;
import com.taoshu.staff.StaffDirectory;
import com.taoshu.staff.StaffLoginService;
import com.taoshu.staff.StaffView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "馆员登录")
@RestController
@RequestMapping("/api/admin/auth")
public class AuthController {

    private final StaffLoginService loginService;
    private final StaffDirectory directory;
    private final Logout logout;

    public AuthController(StaffLoginService loginService, StaffDirectory directory, Logout logout) {
        this.loginService = loginService;
        this.directory = directory;
        this.logout = logout;
    }

    public record LoginRequest(
            @NotBlank(message = "用户名不能为空") @Size(max = 64, message = "用户名过长") String username,
            @NotBlank(message = "密码不能为空") @Size(max = 64, message = "密码过长") String password) {
    }

    @Operation(summary = "馆员/管理员用户名+密码登录")
    @PublicApi
    @PostMapping("/login")
    public ApiResponse<StaffLoginService.StaffSession> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return ApiResponse.ok(loginService.loginLibrarian(request.username(), request.password(), ClientIp.of(http)));
    }

    @Operation(summary = "退出登录：结束本次登录会话（未登录或已过期时也成功）")
    @PublicApi
    @PostMapping("/logout")
    public ApiResponse<Void> logout() {
        logout.currentSession();
        return ApiResponse.ok();
    }

    @Operation(summary = "当前登录的馆员")
    @GetMapping("/me")
    public ApiResponse<StaffView> me(StaffPrincipal staff) {
        return ApiResponse.ok(directory.view(staff.staffId()));
    }
}
