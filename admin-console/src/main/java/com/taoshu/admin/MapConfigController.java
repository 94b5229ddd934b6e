package com.taoshu.admin;

import com.taoshu.delivery.amap.MapConfig;
import com.taoshu.shared.api.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "送书上门管理")
@RestController
public class MapConfigController {

    private final MapConfig maps;

    public MapConfigController(MapConfig maps) {
        this.maps = maps;
    }

    @Operation(summary = "底图配置：配置了高德 JS API Key 时为 AMAP（含 key 与安全密钥），否则 NONE（只画示意图）")
    @GetMapping("/api/admin/map-config")
    public ApiResponse<MapConfig.MapConfigView> mapConfig() {
        return ApiResponse.ok(maps.view());
    }
}
