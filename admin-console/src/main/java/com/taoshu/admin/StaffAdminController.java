package com.taoshu.admin;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.security.TokenStore;
import com.taoshu.staff.StaffAdminService;
import com.taoshu.staff.StaffSessions;
import com.taoshu.staff.StaffView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "员工管理（仅管理员）")
@RestController
@RequestMapping("/api/admin/staff")
@PreAuthorize("hasRole('ADMIN')")
public class StaffAdminController {

    private final StaffAdminService staffService;
    private final StaffSessions sessions;

    public StaffAdminController(StaffAdminService staffService, StaffSessions sessions) {
        this.staffService = staffService;
        this.sessions = sessions;
    }

    public record SessionsEnded(int ended) {
    }

    public record CreateStaffRequest(
            @Size(max = 64, message = "用户名过长") @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "用户名只能包含字母、数字和 _ . -") String username,
            @Pattern(regexp = "(1\\d{10})?", message = "手机号格式不正确") String phone,
            @NotBlank(message = "姓名不能为空") @Size(max = 32, message = "姓名过长") String name,
            @NotBlank(message = "初始密码不能为空") @Size(min = 8, max = 64, message = "密码长度应为8到64位") String password,
            @NotNull(message = "角色不能为空") Role role,
            @Positive(message = "分馆不正确") Long branchId) {
    }

    public record UpdateStaffRequest(
            @Size(min = 1, max = 32, message = "姓名长度应为1到32个字") String name,
            @Positive(message = "分馆不正确") Long branchId,
            Boolean enabled,
            @Size(min = 8, max = 64, message = "密码长度应为8到64位") String newPassword) {
    }

    @Operation(summary = "员工列表")
    @GetMapping
    public ApiResponse<PageResult<StaffView>> list(@RequestParam(required = false) Role role,
                                                   @RequestParam(required = false) Long branchId,
                                                   @Valid PageQuery page) {
        return ApiResponse.ok(staffService.list(role, branchId, page));
    }

    @Operation(summary = "新建员工账号（馆员用用户名登录，配送员用手机号登录）")
    @Idempotent
    @PostMapping
    public ApiResponse<StaffView> create(@Valid @RequestBody CreateStaffRequest r) {
        return ApiResponse.ok(staffService.create(new StaffAdminService.NewStaff(r.username(), r.phone(), r.name(),
                r.password(), r.role(), r.branchId())));
    }

    @Operation(summary = "修改员工：姓名、分馆、停用/启用、重置密码")
    @Idempotent
    @PutMapping("/{id}")
    public ApiResponse<StaffView> update(@PathVariable long id, @Valid @RequestBody UpdateStaffRequest r, StaffPrincipal by) {
        return ApiResponse.ok(staffService.change(id,
                new StaffAdminService.StaffChange(r.name(), r.branchId(), r.enabled(), r.newPassword()), by));
    }

    @Operation(summary = "员工当前的登录会话（最新在前）")
    @GetMapping("/{id}/sessions")
    public ApiResponse<List<TokenStore.Session>> sessions(@PathVariable long id) {
        return ApiResponse.ok(sessions.list(id));
    }

    @Operation(summary = "结束员工的全部登录会话（该账号需重新登录）")
    @DeleteMapping("/{id}/sessions")
    public ApiResponse<SessionsEnded> endSessions(@PathVariable long id) {
        return ApiResponse.ok(new SessionsEnded(sessions.endAll(id)));
    }

    @Operation(summary = "结束员工的某一个登录会话")
    @DeleteMapping("/{id}/sessions/{sessionId}")
    public ApiResponse<Void> endSession(@PathVariable long id, @PathVariable String sessionId) {
        sessions.end(id, sessionId);
        return ApiResponse.ok();
    }
}
