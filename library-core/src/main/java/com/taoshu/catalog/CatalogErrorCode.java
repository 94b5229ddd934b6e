package com.taoshu.catalog;

import com.taoshu.shared.error.ErrorCode;
import org.springframework.http.HttpStatus;

/** Catalog errors: 301xx branches and categories, 302xx titles, 303xx copies, 304xx Excel import/export. */
public enum CatalogErrorCode implements ErrorCode {
    BRANCH_NOT_FOUND(30101, HttpStatus.NOT_FOUND, "分馆不存在"),
    BRANCH_CODE_TAKEN(30102, HttpStatus.CONFLICT, "分馆编码已被使用"),
    BRANCH_INVALID(30103, HttpStatus.BAD_REQUEST, "所选分馆不存在或已停用"),
    CATEGORY_NOT_FOUND(30111, HttpStatus.NOT_FOUND, "分类不存在"),
    CATEGORY_NAME_TAKEN(30112, HttpStatus.CONFLICT, "分类名称已存在"),
    CATEGORY_IN_USE(30113, HttpStatus.CONFLICT, "该分类下还有书目，不能删除"),
    CATEGORY_HAS_CHILDREN(30114, HttpStatus.CONFLICT, "该分类下还有子分类，不能删除"),
    CATEGORY_INVALID(30115, HttpStatus.BAD_REQUEST, "所选分类不存在"),
    CATEGORY_PARENT_INVALID(30116, HttpStatus.BAD_REQUEST, "上级分类不存在或不能是自身"),

    ISBN_INVALID(30201, HttpStatus.BAD_REQUEST, "ISBN 格式或校验位不正确"),
    BOOK_NOT_FOUND(30202, HttpStatus.NOT_FOUND, "书目不存在"),
    ISBN_TAKEN(30203, HttpStatus.CONFLICT, "该 ISBN 的书目已存在"),
    BOOK_CHANGED(30204, HttpStatus.CONFLICT, "书目已被其他馆员修改，请刷新后重试"),
    BOOK_HAS_COPIES(30205, HttpStatus.CONFLICT, "该书目下还有复本，不能删除"),

    COPY_NOT_FOUND(30301, HttpStatus.NOT_FOUND, "复本不存在"),
    BARCODE_TAKEN(30302, HttpStatus.CONFLICT, "条码号已被使用"),
    COPY_STATUS_NOT_MANUAL(30303, HttpStatus.BAD_REQUEST, "只能手工设置为：在架、损坏、遗失、已剔除"),
    COPY_IN_CIRCULATION(30304, HttpStatus.CONFLICT, "该复本已被预留或借出，其状态由订单/借阅流程管理"),
    COPY_CHANGED(30305, HttpStatus.CONFLICT, "复本状态已被其他操作改变，请刷新后重试"),
    COPY_NOT_TRANSFERABLE(30306, HttpStatus.CONFLICT, "只有在架的复本才能调拨"),
    COPY_SAME_BRANCH(30307, HttpStatus.BAD_REQUEST, "复本已在该分馆，无需调拨"),
    BARCODES_MISMATCH(30308, HttpStatus.BAD_REQUEST, "条码号数量须与复本数一致，且不能重复"),

    IMPORT_NOT_XLSX(30401, HttpStatus.BAD_REQUEST, "请上传 .xlsx 格式的 Excel 文件"),
    IMPORT_EMPTY(30402, HttpStatus.BAD_REQUEST, "上传的文件中没有数据行"),
    IMPORT_TOO_MANY_ROWS(30403, HttpStatus.BAD_REQUEST, "一次最多导入5000行，请拆分文件后再导入"),
    IMPORT_UNREADABLE(30404, HttpStatus.BAD_REQUEST, "无法读取该 Excel 文件，请使用导入模板重新填写"),
    IMPORT_HEADER_MISSING(30405, HttpStatus.BAD_REQUEST, "表头缺少必需的列，请使用导入模板");

    private final int code;
    private final HttpStatus status;
    private final String message;

    CatalogErrorCode(int code, HttpStatus status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    @Override public int code() { return code; }
    @Override public HttpStatus status() { return status; }
    @Override public String message() { return message; }
}
