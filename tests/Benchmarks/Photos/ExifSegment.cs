using System.Buffers.Binary;
using System.Text;

namespace DobraPraxe.Benchmarks.Photos;

/// <summary>
/// A JPEG APP1 'Exif' segment as a phone writes one: camera make and model, the orientation tag, and the GPS
/// position of the photographer — the metadata the image stage must apply (orientation) or strip (everything).
/// </summary>
public static class ExifSegment
{
    /// <summary>The segment, from its FF E1 marker on.</summary>
    public static byte[] Create(string make, string model, int orientation, double latitude, double longitude)
    {
        var tiff = new List<byte>();
        void U16(int v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); tiff.AddRange(b); }
        void U32(long v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, (uint)v); tiff.AddRange(b); }
        byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s + "\0");

        var makeBytes = Ascii(make);
        var modelBytes = Ascii(model);
        const int ifd0 = 8, ifd0Entries = 4;
        var ifd0Data = ifd0 + 2 + ifd0Entries * 12 + 4;
        var gpsIfd = ifd0Data + makeBytes.Length + modelBytes.Length;
        const int gpsEntries = 5;
        var gpsData = gpsIfd + 2 + gpsEntries * 12 + 4;

        tiff.AddRange("MM"u8.ToArray()); U16(42); U32(ifd0);
        U16(ifd0Entries);
        U16(0x010F); U16(2); U32(makeBytes.Length); U32(ifd0Data);                       // Make
        U16(0x0110); U16(2); U32(modelBytes.Length); U32(ifd0Data + makeBytes.Length);   // Model
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0);                           // Orientation
        U16(0x8825); U16(4); U32(1); U32(gpsIfd);                                        // GPS IFD
        U32(0);
        tiff.AddRange(makeBytes); tiff.AddRange(modelBytes);

        U16(gpsEntries);
        U16(0x0000); U16(1); U32(4); tiff.AddRange(new byte[] { 2, 2, 0, 0 });            // GPSVersionID
        U16(0x0001); U16(2); U32(2); tiff.AddRange(Encoding.ASCII.GetBytes(latitude >= 0 ? "N\0\0\0" : "S\0\0\0"));
        U16(0x0002); U16(5); U32(3); U32(gpsData);                                       // GPSLatitude
        U16(0x0003); U16(2); U32(2); tiff.AddRange(Encoding.ASCII.GetBytes(longitude >= 0 ? "E\0\0\0" : "W\0\0\0"));
        U16(0x0004); U16(5); U32(3); U32(gpsData + 24);                                  // GPSLongitude
        U32(0);
        foreach (var value in new[] { Math.Abs(latitude), Math.Abs(longitude) })
        {
            var degrees = (int)value;
            var minutes = (int)((value - degrees) * 60);
            var seconds = (int)Math.Round(((value - degrees) * 60 - minutes) * 60 * 100);
            U32(degrees); U32(1); U32(minutes); U32(1); U32(seconds); U32(100);
        }

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF; segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    /// <summary>Puts <paramref name="segment"/> right after the JPEG's start-of-image marker.</summary>
    public static byte[] Insert(byte[] jpeg, byte[] segment) => [.. jpeg[..2], .. segment, .. jpeg[2..]];
}
