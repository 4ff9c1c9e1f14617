/* The C floor: what libxlsxwriter alone needs to write our workbooks.
 *
 * Plays back a replay file written by `budget2xlsx-bench dump` (the libxlsxwriter calls
 * XlsxWriterKit makes for each department workbook: formats in the same order, merges,
 * cells, widths, heights, page setup, properties) PASSES times in one process, and prints
 * the wall time of each pass in milliseconds. The file is parsed once before timing; only
 * libxlsxwriter's work (and the file system under it) is timed.
 *
 *   cc -O2 -o replay replay.c $(pkg-config --cflags --libs xlsxwriter)
 *   replay REPLAY_FILE OUTPUT_FOLDER PASSES [TMPDIR]
 *
 * Workbooks go to OUTPUT_FOLDER/wbN.xlsx, overwritten each pass. TMPDIR, when given, is
 * libxlsxwriter's `tmpdir` option (as in our writer). Any library error stops with its message.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

typedef struct {
    char op;
    double n[10];
    char *text;
} record;

static record *records;
static size_t record_count;

static void die(const char *what, const char *detail) {
    fprintf(stderr, "replay: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(1);
}

static void load(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) die("cannot open the replay file", strerror(errno));
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *buffer = malloc((size_t)size + 1);
    if (!buffer || fread(buffer, 1, (size_t)size, file) != (size_t)size) die("cannot read the replay file", path);
    fclose(file);
    buffer[size] = 0;
    size_t capacity = 1024;
    records = malloc(capacity * sizeof(record));
    char *cursor = buffer, *end = buffer + size;
    while (cursor < end) {
        if (record_count == capacity) records = realloc(records, (capacity *= 2) * sizeof(record));
        record *r = &records[record_count++];
        memset(r, 0, sizeof *r);
        char *newline = memchr(cursor, '\n', (size_t)(end - cursor));
        if (!newline) die("replay file ends inside a record", NULL);
        *newline = 0;
        r->op = cursor[0];
        char *field = cursor + 1;
        int count = 0;
        while (*field == ' ' && count < 10) r->n[count++] = strtod(field + 1, &field);
        cursor = newline + 1;
        /* Records with text end with its length; the text follows, then a newline. */
        if (strchr("dFSTOuU", r->op)) {
            if (count == 0) die("text record without a length", NULL);
            size_t length = (size_t)r->n[count - 1];
            if (cursor + length >= end + 1 || cursor[length] != '\n') die("text length does not match", NULL);
            cursor[length] = 0;
            r->text = cursor;
            cursor += length + 1;
        }
    }
}

static void check(lxw_error error, const char *call) {
    if (error != LXW_NO_ERROR) die(call, lxw_strerror(error));
}

/* One pass over every workbook in the file. */
static int play(const char *folder, const char *tmpdir) {
    lxw_workbook *workbook = NULL;
    lxw_worksheet *sheet = NULL;
    lxw_format **formats = NULL;
    size_t format_count = 0, format_capacity = 0;
    lxw_doc_properties properties;
    char *property_name = NULL;
    int workbooks = 0;
    char path[4096];
    for (size_t i = 0; i < record_count; i++) {
        record *r = &records[i];
        double *n = r->n;
        switch (r->op) {
        case 'W': {
            lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = (char *)tmpdir};
            snprintf(path, sizeof path, "%s/wb%d.xlsx", folder, workbooks++);
            workbook = workbook_new_opt(path, &options);
            if (!workbook) die("cannot create a workbook", path);
            memset(&properties, 0, sizeof properties);
            format_count = 0;
            break;
        }
        case 'd': {
            char **fields[] = {&properties.title, &properties.subject, &properties.author, &properties.company,
                               &properties.category, &properties.keywords, &properties.comments};
            *fields[(int)n[0]] = r->text;
            break;
        }
        case 'D':
            properties.created = (time_t)n[0];
            check(workbook_set_properties(workbook, &properties), "workbook_set_properties");
            break;
        case 'u': property_name = r->text; break;
        case 'U': check(workbook_set_custom_property_string(workbook, property_name, r->text), "workbook_set_custom_property_string"); break;
        case 'F': {
            lxw_format *format = workbook_add_format(workbook);
            if (!format) die("workbook_add_format", "out of memory");
            format_set_font_name(format, "宋体");
            format_set_font_size(format, n[0]);
            if (n[1]) format_set_bold(format);
            if (n[2]) format_set_border(format, LXW_BORDER_THIN);
            static const uint8_t horizontal[] = {0, LXW_ALIGN_LEFT, LXW_ALIGN_CENTER, LXW_ALIGN_RIGHT};
            if (n[3]) format_set_align(format, horizontal[(int)n[3]]);
            format_set_align(format, n[4] ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
            if (n[5]) format_set_text_wrap(format);
            if (n[6] > 0) format_set_indent(format, (uint8_t)n[6]);
            if (n[7]) format_set_num_format(format, r->text);
            if (format_count == format_capacity) formats = realloc(formats, (format_capacity = format_capacity * 2 + 16) * sizeof *formats);
            formats[format_count++] = format;
            break;
        }
        case 'S':
            sheet = workbook_add_worksheet(workbook, r->text);
            if (!sheet) die("workbook_add_worksheet refused", r->text);
            break;
        case 'K': check(worksheet_set_column(sheet, (lxw_col_t)n[0], (lxw_col_t)n[0], n[1], NULL), "worksheet_set_column"); break;
        case 'H': check(worksheet_set_row(sheet, (lxw_row_t)n[0], n[1], NULL), "worksheet_set_row"); break;
        case 'M':
            check(worksheet_merge_range(sheet, (lxw_row_t)n[0], (lxw_col_t)n[1], (lxw_row_t)n[2], (lxw_col_t)n[3], "",
                                        formats[(int)n[4]]), "worksheet_merge_range");
            break;
        case 'T': check(worksheet_write_string(sheet, (lxw_row_t)n[0], (lxw_col_t)n[1], r->text, formats[(int)n[2]]), "worksheet_write_string"); break;
        case 'N': check(worksheet_write_number(sheet, (lxw_row_t)n[0], (lxw_col_t)n[1], n[3], formats[(int)n[2]]), "worksheet_write_number"); break;
        case 'B': check(worksheet_write_blank(sheet, (lxw_row_t)n[0], (lxw_col_t)n[1], formats[(int)n[2]]), "worksheet_write_blank"); break;
        case 'A': check(worksheet_autofilter(sheet, (lxw_row_t)n[0], (lxw_col_t)n[1], (lxw_row_t)n[2], (lxw_col_t)n[3]), "worksheet_autofilter"); break;
        case 'Z': worksheet_freeze_panes(sheet, (lxw_row_t)n[0], 0); break;
        case 'G':
            worksheet_set_paper(sheet, 9);
            if (n[0]) worksheet_set_landscape(sheet);
            worksheet_fit_to_pages(sheet, 1, 0);
            worksheet_center_horizontally(sheet);
            worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.7);
            break;
        case 'O': check(worksheet_set_footer(sheet, r->text), "worksheet_set_footer"); break;
        case 'R': check(worksheet_repeat_rows(sheet, (lxw_row_t)n[0], (lxw_row_t)n[1]), "worksheet_repeat_rows"); break;
        case 'E': check(workbook_close(workbook), "workbook_close"); workbook = NULL; break;
        default: die("unknown record", NULL);
        }
    }
    free(formats);
    return workbooks;
}

static double now_ms(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: replay REPLAY_FILE OUTPUT_FOLDER PASSES [TMPDIR]\n");
        return 64;
    }
    load(argv[1]);
    int passes = atoi(argv[3]);
    const char *tmpdir = argc > 4 ? argv[4] : NULL;
    for (int pass = 0; pass < passes; pass++) {
        double start = now_ms(CLOCK_MONOTONIC), cpu = now_ms(CLOCK_PROCESS_CPUTIME_ID);
        int workbooks = play(argv[2], tmpdir);
        printf("pass %d: %d workbooks wall %.3f ms cpu %.3f ms\n", pass + 1, workbooks, now_ms(CLOCK_MONOTONIC) - start,
               now_ms(CLOCK_PROCESS_CPUTIME_ID) - cpu);
        fflush(stdout);
    }
    return 0;
}
