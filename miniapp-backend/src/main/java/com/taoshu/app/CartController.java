package com.taoshu.app;

import com.taoshu.cart.CartService;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "我的借书车")
@RestController
@RequestMapping("/api/app/cart")
public class CartController {

    private final CartService cartService;

    public CartController(CartService cartService) {
        this.cartService = cartService;
    }

    public record AddItemRequest(
            @NotNull(message = "图书不能为空") @Positive(message = "图书不正确") Long bookId,
            @NotNull(message = "分馆不能为空") @Positive(message = "分馆不正确") Long branchId) {
    }

    @Operation(summary = "借书车：每本书的当前可借复本数、还能借几本")
    @GetMapping
    public ApiResponse<CartService.CartView> list(ReaderId reader) {
        return ApiResponse.ok(cartService.list(reader));
    }

    @Operation(summary = "把某分馆的一本书放进借书车（支持 Idempotency-Key）")
    @Idempotent
    @PostMapping("/items")
    public ApiResponse<CartService.CartView> add(ReaderId reader, @Valid @RequestBody AddItemRequest request) {
        return ApiResponse.ok(cartService.add(reader, request.bookId(), request.branchId()));
    }

    @Operation(summary = "从借书车移除（支持 Idempotency-Key）")
    @Idempotent
    @DeleteMapping("/items/{itemId}")
    public ApiResponse<CartService.CartView> remove(ReaderId reader, @PathVariable long itemId) {
        return ApiResponse.ok(cartService.remove(reader, itemId));
    }
}
