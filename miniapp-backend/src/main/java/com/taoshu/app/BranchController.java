package com.taoshu.app;

import com.taoshu.catalog.BranchService;
import com.taoshu.catalog.BranchView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.PublicApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "分馆")
@RestController
@RequestMapping("/api/app/branches")
@PublicApi
public class BranchController {

    private final BranchService branchService;

    public BranchController(BranchService branchService) {
        this.branchService = branchService;
    }

    @Operation(summary = "开放中的分馆")
    @GetMapping
    public ApiResponse<List<BranchView>> list() {
        return ApiResponse.ok(branchService.list(true));
    }
}
