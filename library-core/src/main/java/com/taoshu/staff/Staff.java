package com.taoshu.staff;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.security.LoginNames;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.LocalDateTime;

/**
 * A staff account: ADMIN and LIBRARIAN log in with a username, COURIER with a phone number. Both are stored in their
 * canonical form ({@link LoginNames}: usernames lower-case), so a look-up by the canonical name finds the account
 * whatever case was typed; the column's case-insensitive unique key keeps "Anna" and "anna" from both existing.
 */
@TableName("staff")
public class Staff {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String username;
    private String phone;
    private String name;
    private String passwordHash;
    private Role role;
    private Long branchId;
    private Boolean enabled;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    public static Staff create(String username, String phone, String name, String passwordHash, Role role, Long branchId) {
        Staff s = new Staff();
        s.username = LoginNames.username(username);
        s.phone = LoginNames.phone(phone);
        s.name = name;
        s.passwordHash = passwordHash;
        s.role = role;
        s.branchId = branchId;
        s.enabled = true;
        return s;
    }

    public StaffPrincipal toPrincipal() {
        return new StaffPrincipal(id, role, branchId, name);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Boolean getEnabled() { return enabled; }
    public void setEnabled(Boolean enabled) { this.enabled = enabled; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
