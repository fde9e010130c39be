#!/bin/sh
# Makes the bundled sample site's video files from its own photos, without any network: the self-hosted clip
# content/media/krizanov-zahrada-klip.webm (6 s, 640 x 360, VP9, no sound, about 100 kB) and the posters of the three
# sample videos in content/videa/. Run once from the repository root; the results are committed, so neither the build
# nor CI needs ffmpeg (Debian: apt-get install -y ffmpeg; tested with 5.1). The captions beside the clip
# (krizanov-zahrada-klip.vtt) are written by hand.
set -eu
cd "$(dirname "$0")/.."
media=content/media
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
quiet="-v error -y"
# Byte-identical output for the same input: no encoder version, date or other metadata in the files.
exact="-map_metadata -1 -fflags +bitexact -flags:v +bitexact"

# The clip: a slow zoom into the garden beds of the Křižanov photo (ffmpeg applies its EXIF orientation).
ffmpeg $quiet -loop 1 -framerate 24 -i "$media/krizanov-zahony.jpg" -t 6 \
  -vf "scale=1920:-2,crop=1920:1080,zoompan=z='min(zoom+0.0012,1.18)':d=1:x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':s=640x360:fps=24,format=yuv420p" \
  -c:v libvpx-vp9 -b:v 0 -crf 45 -deadline good -cpu-used 2 -row-mt 1 -an $exact "$media/krizanov-zahrada-klip.webm"

# Its poster: the clip's first picture, larger.
ffmpeg $quiet -i "$media/krizanov-zahony.jpg" -vf "scale=1920:-2,crop=1920:1080,scale=1280:720" -frames:v 1 -q:v 4 $exact "$media/krizanov-zahrada-klip.jpg"

# The Písek video's poster: the composting photo cut to 16:9.
ffmpeg $quiet -i "$media/pisek-kompostarna.jpg" -vf "scale=1280:-2,crop=1280:720" -frames:v 1 -q:v 4 $exact "$media/pisek-kompostarna-video.jpg"

# The Litoměřice video's poster: the site's green, and the project's name.
ffmpeg $quiet -f lavfi -i "gradients=s=1280x720:c0=0x073f33:c1=0x2e8b57:x0=0:y0=0:x1=1280:y1=720:nb_colors=2:duration=1:rate=1" \
  -vf "drawtext=fontfile=$font:text='Nápady pro Litoměřice':fontcolor=white:fontsize=72:x=(w-text_w)/2:y=(h-text_h)/2-40,drawtext=fontfile=$font:text='Participativní rozpočet':fontcolor=0xe5f2ed:fontsize=40:x=(w-text_w)/2:y=(h-text_h)/2+60" \
  -frames:v 1 -q:v 4 $exact "$media/litomerice-napady-video.jpg"

ls -l "$media/krizanov-zahrada-klip.webm" "$media/krizanov-zahrada-klip.jpg" "$media/pisek-kompostarna-video.jpg" "$media/litomerice-napady-video.jpg"
