#include "xlsx/zip_archive.hpp"

#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>

namespace vigie::xlsx::detail {
namespace {

// minizip reads through these callbacks from a buffer in memory.
struct MemoryStream {
  std::string_view bytes;
  std::size_t position = 0;
};

voidpf ZCALLBACK OpenMemory(voidpf opaque, const void* /*name*/, int mode) {
  if ((mode & ZLIB_FILEFUNC_MODE_WRITE) != 0) return nullptr;
  auto* stream = static_cast<MemoryStream*>(opaque);
  stream->position = 0;
  return stream;
}

uLong ZCALLBACK ReadMemory(voidpf /*opaque*/, voidpf handle, void* buf, uLong size) {
  auto* stream = static_cast<MemoryStream*>(handle);
  const std::size_t left = stream->bytes.size() - std::min(stream->position, stream->bytes.size());
  const std::size_t n = std::min<std::size_t>(left, size);
  if (n > 0) std::memcpy(buf, stream->bytes.data() + stream->position, n);
  stream->position += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK WriteMemory(voidpf /*opaque*/, voidpf /*handle*/, const void* /*buf*/, uLong /*size*/) { return 0; }

ZPOS64_T ZCALLBACK TellMemory(voidpf /*opaque*/, voidpf handle) {
  return static_cast<MemoryStream*>(handle)->position;
}

long ZCALLBACK SeekMemory(voidpf /*opaque*/, voidpf handle, ZPOS64_T offset, int origin) {
  auto* stream = static_cast<MemoryStream*>(handle);
  const std::size_t size = stream->bytes.size();
  ZPOS64_T base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) {
    base = stream->position;
  } else if (origin == ZLIB_FILEFUNC_SEEK_END) {
    base = size;
  } else if (origin != ZLIB_FILEFUNC_SEEK_SET) {
    return -1;
  }
  if (offset > size || base + offset > size) return -1;
  stream->position = static_cast<std::size_t>(base + offset);
  return 0;
}

int ZCALLBACK CloseMemory(voidpf /*opaque*/, voidpf /*handle*/) { return 0; }
int ZCALLBACK ErrorMemory(voidpf /*opaque*/, voidpf /*handle*/) { return 0; }

}  // namespace

struct ZipArchive::Impl {
  MemoryStream stream;
  unzFile file = nullptr;
  ZipLimits limits;
  std::size_t total_read = 0;
};

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

ZipArchive::~ZipArchive() {
  if (impl_ && impl_->file != nullptr) unzClose(impl_->file);
}

std::unique_ptr<ZipArchive> ZipArchive::Open(std::string_view bytes, const ZipLimits& limits, bool& too_many) {
  too_many = false;
  auto impl = std::make_unique<Impl>();
  impl->stream.bytes = bytes;
  impl->limits = limits;
  zlib_filefunc64_def functions{};
  functions.zopen64_file = OpenMemory;
  functions.zread_file = ReadMemory;
  functions.zwrite_file = WriteMemory;
  functions.ztell64_file = TellMemory;
  functions.zseek64_file = SeekMemory;
  functions.zclose_file = CloseMemory;
  functions.zerror_file = ErrorMemory;
  functions.opaque = &impl->stream;
  impl->file = unzOpen2_64("memory.xlsx", &functions);
  if (impl->file == nullptr) return nullptr;
  std::unique_ptr<ZipArchive> archive(new ZipArchive(std::move(impl)));
  unz_global_info64 info{};
  if (unzGetGlobalInfo64(archive->impl_->file, &info) != UNZ_OK) return nullptr;
  if (info.number_entry > limits.max_entries) {
    too_many = true;
    return nullptr;
  }
  // Walk the central directory once: a truncated or damaged one fails here.
  std::size_t entries = 0;
  int status = unzGoToFirstFile(archive->impl_->file);
  while (status == UNZ_OK) {
    if (++entries > limits.max_entries) {
      too_many = true;
      return nullptr;
    }
    status = unzGoToNextFile(archive->impl_->file);
  }
  if (status != UNZ_END_OF_LIST_OF_FILE || entries != info.number_entry) return nullptr;
  return archive;
}

bool ZipArchive::Has(std::string_view name) {
  const std::string owned(name);
  return unzLocateFile(impl_->file, owned.c_str(), 2) == UNZ_OK;
}

ZipRead ZipArchive::Read(std::string_view name, std::string& out) {
  out.clear();
  const std::string owned(name);
  unzFile file = impl_->file;
  if (unzLocateFile(file, owned.c_str(), 2) != UNZ_OK) return ZipRead::kMissing;
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(file, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) return ZipRead::kBroken;
  if ((info.flag & 1u) != 0) return ZipRead::kBroken;  // encrypted
  const std::size_t budget =
      std::min(impl_->limits.max_part_bytes, impl_->limits.max_total_bytes - impl_->total_read);
  if (info.uncompressed_size > budget) return ZipRead::kTooLarge;
  if (unzOpenCurrentFile(file) != UNZ_OK) return ZipRead::kBroken;
  char buffer[16384];
  ZipRead result = ZipRead::kOk;
  for (;;) {
    const int n = unzReadCurrentFile(file, buffer, sizeof buffer);
    if (n < 0) {
      result = ZipRead::kBroken;
      break;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > budget) {
      result = ZipRead::kTooLarge;
      break;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
  const int closed = unzCloseCurrentFile(file);  // UNZ_CRCERROR when the data does not match
  if (result == ZipRead::kOk && closed != UNZ_OK) result = ZipRead::kBroken;
  impl_->total_read += out.size();
  if (result != ZipRead::kOk) out.clear();
  return result;
}

}  // namespace vigie::xlsx::detail
