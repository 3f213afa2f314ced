// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a recently-used.xbel with GLib's GBookmarkFile, the reader GNOME's recent documents use,
// and prints what it says of one URI: "items N", "mime TYPE", "exec COMMAND", "count N", "added
// ISO". Exit 1 (with GLib's message) when GLib cannot read the list, 2 when the URI is not in it.
#include <glib.h>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: glib_bookmark_probe LIST URI\n");
        return 3;
    }
    GBookmarkFile *list = g_bookmark_file_new();
    GError *error = nullptr;
    if (!g_bookmark_file_load_from_file(list, argv[1], &error)) {
        std::fprintf(stderr, "%s\n", error->message);
        return 1;
    }
    std::printf("items %d\n", g_bookmark_file_get_size(list));
    const char *uri = argv[2];
    if (!g_bookmark_file_has_item(list, uri))
        return 2;
    gchar *mime = g_bookmark_file_get_mime_type(list, uri, nullptr);
    std::printf("mime %s\n", mime ? mime : "");
    gchar *exec = nullptr;
    guint count = 0;
    if (g_bookmark_file_get_application_info(list, uri, "Quorum", &exec, &count, nullptr, nullptr))
        std::printf("exec %s\ncount %u\n", exec, count);
    GDateTime *added = g_bookmark_file_get_added_date_time(list, uri, nullptr);
    if (added) {
        gchar *text = g_date_time_format_iso8601(added);
        std::printf("added %s\n", text);
        g_free(text);
    }
    g_free(exec);
    g_free(mime);
    g_bookmark_file_free(list);
    return 0;
}
