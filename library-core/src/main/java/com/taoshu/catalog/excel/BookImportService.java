package com.taoshu.catalog.excel;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.support.ExcelTypeEnum;
import com.taoshu.catalog.Branch;
import com.taoshu.catalog.Branches;
import com.taoshu.catalog.CatalogErrorCode;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.StaffPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports titles and copies from the librarians' .xlsx sheet. Each row is validated fully and imported in its own
 * transaction: a bad row leaves nothing behind, good rows stay. An existing ISBN only gets the row's copies.
 */
@Service
public class BookImportService {

    private static final Logger log = LoggerFactory.getLogger(BookImportService.class);
    public static final int MAX_ROWS = 5000;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final BookImportRowWriter rowWriter;
    private final Branches branches;
    private final TransactionTemplate perRow;
    private final Clock clock;

    public BookImportService(BookImportRowWriter rowWriter, Branches branches, PlatformTransactionManager txManager,
                             Clock clock) {
        this.rowWriter = rowWriter;
        this.branches = branches;
        this.perRow = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /** The empty import sheet: the header row only. */
    public byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> head = ImportColumn.headers().stream().map(List::of).toList();
        FastExcel.write(out).head(head).excelType(ExcelTypeEnum.XLSX).sheet("书目导入").doWrite(List.of());
        return out.toByteArray();
    }

    /** Rows adding copies to a branch {@code by} may not act at are row errors (a librarian imports for their branch). */
    public ImportReport importBooks(String filename, InputStream content, StaffPrincipal by) {
        byte[] bytes = readXlsx(filename, content);
        Sheet sheet = readSheet(bytes);
        Map<ImportColumn, Integer> columns = columns(sheet.header());
        if (sheet.rows().isEmpty()) {
            throw CatalogErrorCode.IMPORT_EMPTY.exception();
        }
        if (sheet.rows().size() > MAX_ROWS) {
            throw CatalogErrorCode.IMPORT_TOO_MANY_ROWS.exception();
        }
        int maxYear = Year.now(clock).getValue() + 1;
        Map<String, String> branchProblems = new HashMap<>();
        List<ImportReport.RowError> errors = new ArrayList<>();
        int imported = 0;
        for (RawRow raw : sheet.rows()) {
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            columns.forEach((column, index) -> cells.put(column, raw.cells().get(index)));
            ImportRow.Parsed parsed = ImportRow.parse(raw.rowNumber(), cells, maxYear,
                    code -> branchProblems.computeIfAbsent(code, c -> branchProblem(c, by)));
            if (parsed instanceof ImportRow.Invalid invalid) {
                errors.addAll(invalid.errors());
                continue;
            }
            ImportRow row = ((ImportRow.Valid) parsed).row();
            try {
                perRow.executeWithoutResult(status -> rowWriter.write(row, by));
                imported++;
            } catch (BizException e) {
                errors.add(new ImportReport.RowError(row.rowNumber(), columnOf(e), e.userMessage()));
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                log.info("import row {} lost a race: {}", row.rowNumber(), e.toString());
                errors.add(new ImportReport.RowError(row.rowNumber(), ImportColumn.ISBN.header(),
                        "该行与同时进行的其他操作冲突，未导入，请重新导入该行"));
            }
        }
        int total = sheet.rows().size();
        return new ImportReport(total, imported, total - imported, errors);
    }

    /** Null when the code names an enabled branch; else why not (cached per import). */
    private String branchProblem(String code, StaffPrincipal by) {
        Optional<Branch> branch = branches.findByCode(code);
        if (branch.isEmpty()) {
            return "分馆编码「" + code + "」不存在";
        }
        if (!by.mayActOn(branch.get().getId())) {
            return "馆员只能为本馆导入复本，不能导入到「" + branch.get().getName() + "」";
        }
        return Boolean.TRUE.equals(branch.get().getEnabled()) ? null : "分馆「" + branch.get().getName() + "」已停用";
    }

    private static String columnOf(BizException e) {
        if (e.errorCode() == CatalogErrorCode.BARCODE_TAKEN) {
            return ImportColumn.COPIES.header();
        }
        if (e.errorCode() == CatalogErrorCode.BRANCH_INVALID) {
            return ImportColumn.BRANCH_CODE.header();
        }
        return ImportColumn.ISBN.header();
    }

    private static byte[] readXlsx(String filename, InputStream content) {
        if (filename == null || !filename.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw CatalogErrorCode.IMPORT_NOT_XLSX.exception();
        }
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw CatalogErrorCode.IMPORT_UNREADABLE.exception();
        }
        if (bytes.length == 0) {
            throw CatalogErrorCode.IMPORT_EMPTY.exception("上传的文件是空的");
        }
        if (bytes.length < ZIP_MAGIC.length || !java.util.Arrays.equals(bytes, 0, 4, ZIP_MAGIC, 0, 4)) {
            throw CatalogErrorCode.IMPORT_NOT_XLSX.exception("文件内容不是 .xlsx 格式的 Excel，请另存为 .xlsx 后再上传");
        }
        return bytes;
    }

    private record RawRow(int rowNumber, Map<Integer, String> cells) {
    }

    private record Sheet(Map<Integer, String> header, List<RawRow> rows) {
    }

    /** Reads the first sheet: row 1 is the header; reading stops after MAX_ROWS + 1 data rows. */
    private static Sheet readSheet(byte[] bytes) {
        Map<Integer, String> header = new HashMap<>();
        List<RawRow> rows = new ArrayList<>();
        AnalysisEventListener<Map<Integer, String>> listener = new AnalysisEventListener<>() {
            @Override
            public void invokeHeadMap(Map<Integer, String> headMap, AnalysisContext context) {
                header.putAll(headMap);
            }

            @Override
            public void invoke(Map<Integer, String> data, AnalysisContext context) {
                boolean blank = data.values().stream().allMatch(v -> v == null || v.isBlank());
                if (!blank) {
                    rows.add(new RawRow(context.readRowHolder().getRowIndex() + 1, new HashMap<>(data)));
                }
            }

            @Override
            public boolean hasNext(AnalysisContext context) {
                return rows.size() <= MAX_ROWS;
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
                // everything is in rows
            }
        };
        try {
            FastExcel.read(new ByteArrayInputStream(bytes), listener).excelType(ExcelTypeEnum.XLSX)
                    .headRowNumber(1).sheet(0).doRead();
        } catch (RuntimeException e) {
            log.info("unreadable import file: {}", e.toString());
            throw CatalogErrorCode.IMPORT_UNREADABLE.exception();
        }
        return new Sheet(header, rows);
    }

    private static Map<ImportColumn, Integer> columns(Map<Integer, String> header) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        header.forEach((index, text) -> ImportColumn.byHeader(text).ifPresent(c -> columns.putIfAbsent(c, index)));
        List<String> missing = java.util.Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c)).map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            throw CatalogErrorCode.IMPORT_HEADER_MISSING.exception(
                    "表头缺少必需的列：" + String.join("、", missing) + "（第1行应为表头，请使用导入模板）");
        }
        return columns;
    }
}
