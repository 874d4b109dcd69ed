#!/bin/bash
# SPDX-FileCopyrightText: 2026 AgentDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the demo customers' pictures, voice notes and videos from synthetic sources (nothing
# recorded or downloaded), small enough to commit. Needs ffmpeg and python3; run from anywhere:
#   bash resources/demo-media/make-samples.sh
set -euo pipefail
cd "$(dirname "$0")"
font=/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf
sans=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }

# A phone photo of a monitor showing a disk error: text on a blue screen, noise and a vignette.
ff -f lavfi -i "color=c=0x12307a:s=960x720:d=1" -frames:v 1 -vf "\
drawtext=fontfile=$font:text='STORAGE ERROR 0x80070005':x=60:y=160:fontsize=44:fontcolor=white,\
drawtext=fontfile=$font:text='Disk 2 (bay 2) not responding':x=60:y=250:fontsize=32:fontcolor=0xdde4ff,\
drawtext=fontfile=$font:text='Volume 1 is degraded. Replace the disk.':x=60:y=310:fontsize=32:fontcolor=0xdde4ff,\
drawtext=fontfile=$font:text='Serial SN-ORN4-123456':x=60:y=400:fontsize=28:fontcolor=0xb0c0ff,\
noise=alls=18:allf=t,vignette=PI/4" -q:v 5 error-screen.jpg

# The front of a NAS with a red light on bay 2, taken with the phone on its side: the pixels are
# stored turned and EXIF orientation 6 says how to stand them up.
ff -f lavfi -i "color=c=0x2a2c30:s=800x600:d=1" -frames:v 1 -vf "\
drawbox=x=80:y=120:w=640:h=360:color=0x111214:t=fill,\
drawbox=x=110:y=150:w=130:h=300:color=0x3a3d42:t=fill,drawbox=x=260:y=150:w=130:h=300:color=0x3a3d42:t=fill,\
drawbox=x=410:y=150:w=130:h=300:color=0x3a3d42:t=fill,drawbox=x=560:y=150:w=130:h=300:color=0x3a3d42:t=fill,\
drawbox=x=165:y=420:w=20:h=12:color=0x20e040:t=fill,drawbox=x=315:y=420:w=20:h=12:color=0xff2020:t=fill,\
drawbox=x=465:y=420:w=20:h=12:color=0x20e040:t=fill,drawbox=x=615:y=420:w=20:h=12:color=0x20e040:t=fill,\
drawtext=fontfile=$sans:text='ORION NAS 4':x=90:y=80:fontsize=30:fontcolor=0xcfd2d8,\
noise=alls=10:allf=t,vignette=PI/5,transpose=2" -q:v 5 nas-turned.jpg
python3 - <<'PY'
import struct
data = open('nas-turned.jpg', 'rb').read()
tiff = b'MM\x00*' + struct.pack('>I', 8) + struct.pack('>H', 1) + struct.pack('>HHIHH', 0x0112, 3, 1, 6, 0) + struct.pack('>I', 0)
app1 = b'\xff\xe1' + struct.pack('>H', 2 + 6 + len(tiff)) + b'Exif\x00\x00' + tiff
open('nas-red-light.jpg', 'wb').write(data[:2] + app1 + data[2:])
PY
rm nas-turned.jpg

# The label under the device: black on white, sharp (PNG).
ff -f lavfi -i "color=c=white:s=480x200:d=1" -frames:v 1 -vf "\
drawbox=x=8:y=8:w=464:h=184:color=black:t=3,\
drawtext=fontfile=$sans:text='Orion NAS 4 - Model ORN4':x=30:y=30:fontsize=26:fontcolor=black,\
drawtext=fontfile=$font:text='S/N  SN-ORN4-123456':x=30:y=90:fontsize=30:fontcolor=black,\
drawtext=fontfile=$sans:text='Made for the AgentDesk demo':x=30:y=150:fontsize=18:fontcolor=0x444444" serial-label.png

# A voice note: a voiced buzz shaped like speech (syllables from a slow tremolo), some room noise.
ff -f lavfi -i "aevalsrc='0.5*sin(2*PI*(150+20*sin(2*PI*3*t))*t)*(0.55+0.45*sin(2*PI*2.7*t))*(0.6+0.4*sin(2*PI*0.9*t)):s=24000:d=6'" \
   -f lavfi -i "anoisesrc=c=pink:a=0.02:r=24000:d=6" \
   -filter_complex "amix=inputs=2:normalize=0,lowpass=f=3400,afade=t=in:d=0.2,afade=t=out:st=5.6:d=0.4" \
   -c:a libopus -b:a 16k voice-note.ogg

# A short video of a clicking disk: a dark frame with a blinking bay light and a click each second.
ff -f lavfi -i "color=c=0x1c1e22:s=320x240:r=15:d=4" \
   -f lavfi -i "aevalsrc='if(lt(mod(t,1),0.012),0.8*sin(2*PI*1800*t)*exp(-300*mod(t,1)),0)+0.01*sin(2*PI*120*t):s=22050:d=4'" \
   -vf "drawbox=x=40:y=60:w=240:h=120:color=0x34373d:t=fill,\
drawbox=x=60:y=150:w=16:h=10:color=0xff2020@1:t=fill:enable='lt(mod(t,1),0.5)',\
drawtext=fontfile=$sans:text='bay 2 - click click':x=60:y=80:fontsize=20:fontcolor=white" \
   -c:v libx264 -preset veryslow -crf 32 -pix_fmt yuv420p -c:a aac -b:a 32k -movflags +faststart -shortest disk-clicking.mp4

# A document: the customer's invoice, a plain one-page PDF.
python3 - <<'PY'
text = b"BT /F1 18 Tf 72 720 Td (Invoice 2026-0417  Orion NAS 4, S/N SN-ORN4-123456) Tj ET"
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
out = b"%PDF-1.4\n"; offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open('invoice.pdf', 'wb').write(out)
PY
ls -l
