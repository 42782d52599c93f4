#!/usr/bin/python3
# check-screenshot.py PNG WIDTH HEIGHT [NAME=#rrggbb ...]: a screenshot
# that is neither blank nor broken. Reads the PNG with the standard
# library only (zlib; 8-bit RGB or RGBA, not interlaced, as Chromium
# writes it) and checks, one TAP line each:
#
#  1. its size is WIDTH x HEIGHT;
#  2. it is not blank: at least 2 % of its pixels are not white;
#  3. it has enough distinct colours (64: text smoothed on white has
#     dozens; a page that failed to render has a handful);
#  4. each colour NAME=#rrggbb given, one the page draws (the background
#     of a status, the line of the values of a chart), covers at least 20
#     pixels: what is drawn is the page, not an error page.
#
# Used by check-html-screenshot.sh.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import struct
import sys
import zlib
from collections import Counter


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace != 0:
        raise ValueError("unsupported PNG: depth %d, colour type %d, interlace %d"
                         % (depth, colour_type, interlace))
    bpp = 3 if colour_type == 2 else 4
    return width, height, bpp, unfilter(zlib.decompress(b"".join(idat)), width, height, bpp)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(raw, width, height, bpp):
    stride = width * bpp
    rows = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        row = bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                row[i] = (row[i] + row[i - bpp]) & 0xFF
        elif kind == 2:
            row = bytearray((a + b) & 0xFF for a, b in zip(row, prev))
        elif kind == 3:
            for i in range(stride):
                left = row[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                left = row[i - bpp] if i >= bpp else 0
                up_left = prev[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + paeth(left, prev[i], up_left)) & 0xFF
        elif kind != 0:
            raise ValueError("row %d: unknown filter %d" % (y, kind))
        rows.append(bytes(row))
        prev = row
    return rows


def main(argv):
    path, width, height = argv[1], int(argv[2]), int(argv[3])
    wanted = [arg.split("=", 1) for arg in argv[4:]]
    print("1..%d" % (3 + len(wanted)))
    try:
        w, h, bpp, rows = read_png(path)
    except (OSError, ValueError, zlib.error, TypeError, struct.error) as exc:
        for n in range(1, 4 + len(wanted)):
            print("not ok %d - %s cannot be read: %s" % (n, path, exc))
        return
    print("%s 1 - the screenshot is %dx%d (want %dx%d)"
          % ("ok" if (w, h) == (width, height) else "not ok", w, h, width, height))

    colours = Counter()
    for row in rows:
        colours.update(row[i:i + 3] for i in range(0, len(row), bpp))
    total = w * h
    white = colours.get(b"\xff\xff\xff", 0)
    share = 1 - white / total
    print("%s 2 - %.1f %% of the pixels are not white (want at least 2 %%)"
          % ("ok" if share >= 0.02 else "not ok", 100 * share))
    print("%s 3 - %d distinct colours (want at least 64)"
          % ("ok" if len(colours) >= 64 else "not ok", len(colours)))
    for n, (name, colour) in enumerate(wanted, start=4):
        rgb = bytes.fromhex(colour.lstrip("#"))
        count = colours.get(rgb, 0)
        print("%s %d - %s (%s) covers %d pixels (want at least 20)"
              % ("ok" if count >= 20 else "not ok", n, name, colour, count))


if __name__ == "__main__":
    main(sys.argv)
