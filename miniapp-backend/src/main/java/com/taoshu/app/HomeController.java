package com.taoshu.app;

import com.taoshu.home.HomeFeedService;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "首页")
@RestController
@RequestMapping("/api/app/home")
public class HomeController {

    private final HomeFeedService home;

    public HomeController(HomeFeedService home) {
        this.home = home;
    }

    @Operation(summary = "首页：分类、新书、本馆热门、阅读资讯、猜你喜欢（不填 branchId 用读者所属分馆）")
    @GetMapping
    public ApiResponse<HomeFeedService.Home> home(ReaderId reader, @RequestParam(required = false) Long branchId) {
        return ApiResponse.ok(home.home(reader, branchId));
    }
}
