package com.taoshu.catalog.excel;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.catalog.Book;
import com.taoshu.catalog.BookAdminService;
import com.taoshu.catalog.internal.BookMapper;
import com.taoshu.catalog.BookViews;
import com.taoshu.catalog.BranchAvailability;
import com.taoshu.catalog.BranchService;
import com.taoshu.catalog.BranchView;
import com.taoshu.catalog.internal.CategoryMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Exports titles (same filter as the librarians' list) with holdings and available copies per branch, as .xlsx. */
@Service
public class BookExportService {

    private static final int CHUNK = 500;

    private final BookMapper bookMapper;
    private final CategoryMapper categoryMapper;
    private final BookViews views;
    private final BranchService branchService;

    public BookExportService(BookMapper bookMapper, CategoryMapper categoryMapper, BookViews views, BranchService branchService) {
        this.bookMapper = bookMapper;
        this.categoryMapper = categoryMapper;
        this.views = views;
        this.branchService = branchService;
    }

    public byte[] export(BookAdminService.BookFilter filter) {
        List<BranchView> branches = branchService.list(false);
        Map<Long, String> categories = new HashMap<>();
        categoryMapper.selectList(null).forEach(c -> categories.put(c.getId(), c.getName()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter writer = FastExcel.write(out).head(head(branches)).excelType(ExcelTypeEnum.XLSX).build()) {
            WriteSheet sheet = FastExcel.writerSheet("书目").build();
            long pageNo = 1;
            Page<Book> page;
            do {
                page = bookMapper.selectPage(Page.of(pageNo++, CHUNK), filter.toQuery());
                List<Long> ids = page.getRecords().stream().map(Book::getId).toList();
                Map<Long, List<BranchAvailability>> stock = views.stock(ids, false);
                List<List<Object>> rows = new ArrayList<>();
                for (Book b : page.getRecords()) {
                    rows.add(row(b, categories, branches, stock.getOrDefault(b.getId(), List.of())));
                }
                writer.write(rows, sheet);
            } while (page.getRecords().size() == CHUNK);
        }
        return out.toByteArray();
    }

    private static List<List<String>> head(List<BranchView> branches) {
        List<List<String>> head = new ArrayList<>();
        for (String h : List.of("ISBN", "书名", "作者", "出版社", "出版年", "分类", "价格(元)", "馆藏合计", "可借合计")) {
            head.add(List.of(h));
        }
        for (BranchView b : branches) {
            head.add(List.of(b.name() + "(" + b.code() + ")馆藏"));
            head.add(List.of(b.name() + "(" + b.code() + ")可借"));
        }
        return head;
    }

    private static List<Object> row(Book b, Map<Long, String> categories, List<BranchView> branches,
                                    List<BranchAvailability> stock) {
        Map<Long, BranchAvailability> byBranch = new HashMap<>();
        stock.forEach(a -> byBranch.put(a.branchId(), a));
        List<Object> row = new ArrayList<>();
        row.add(b.getIsbn());
        row.add(b.getTitle());
        row.add(b.getAuthor());
        row.add(b.getPublisher());
        row.add(b.getPublishYear());
        row.add(b.getCategoryId() == null ? null : categories.get(b.getCategoryId()));
        row.add(b.price());
        row.add(stock.stream().mapToInt(BranchAvailability::totalCopies).sum());
        row.add(stock.stream().mapToInt(BranchAvailability::availableCopies).sum());
        for (BranchView branch : branches) {
            BranchAvailability a = byBranch.get(branch.id());
            row.add(a == null ? 0 : a.totalCopies());
            row.add(a == null ? 0 : a.availableCopies());
        }
        return row;
    }
}
