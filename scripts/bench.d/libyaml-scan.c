/* The floor for `roundtrip`: read each file named on the command line and pull its libyaml parser
 * events once, doing nothing with them (no tree, no writing, no comparing). Built by scripts/bench.d/
 * roundtrip.sh with cc and pkg-config yaml-0.1. Prints the file, event and error counts on stderr. */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static unsigned char *slurp(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long length = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(length > 0 ? (size_t)length : 1);
    *size = bytes ? fread(bytes, 1, (size_t)length, file) : 0;
    fclose(file);
    return bytes;
}

int main(int argc, char **argv) {
    long events = 0, errors = 0;
    for (int i = 1; i < argc; i++) {
        size_t size = 0;
        unsigned char *bytes = slurp(argv[i], &size);
        if (!bytes) { errors++; continue; }
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, bytes, size);
        for (;;) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) { errors++; break; }
            events++;
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            if (done) break;
        }
        yaml_parser_delete(&parser);
        free(bytes);
    }
    fprintf(stderr, "libyaml-scan: %d files, %ld events, %ld errors\n", argc - 1, events, errors);
    return 0;
}
