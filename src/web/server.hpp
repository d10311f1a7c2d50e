#pragma once
// The HTTP server: Boost.Beast on a few I/O threads; request handlers run on a
// bounded worker pool because they block on the database. Beast stays inside
// server.cpp so the rest of the code base never compiles it.
//
// Protections: a request (headers and body) must arrive within read_timeout, so a
// slow client cannot pin a connection; idle keep-alive connections close after
// idle_timeout; bodies over max_body_bytes get 413 before being read in full;
// headers over max_header_bytes get 431.

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "web/http.hpp"

namespace vigie::web {

struct ServerSettings {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0 = any free port (tests)
  int io_threads = 1;
  int worker_threads = 8;
  std::size_t max_body_bytes = 2 * 1024 * 1024;
  std::size_t max_header_bytes = 16 * 1024;
  std::chrono::seconds read_timeout{15};
  std::chrono::seconds idle_timeout{60};
};

using RequestHandler = std::function<Response(Request&)>;
// Builds the response for a request refused before its handler ran (413, 431, 400).
using ErrorResponder = std::function<Response(int status, const Request& partial)>;

class HttpServer {
 public:
  HttpServer(ServerSettings settings, RequestHandler handler, ErrorResponder on_error);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts the threads; returns the bound port. Throws std::runtime_error
  // with a French message when the address cannot be bound.
  unsigned short Start();
  // Graceful: stops accepting, lets running handlers finish (up to `grace`), closes.
  void Stop(std::chrono::seconds grace = std::chrono::seconds(10));

  struct Impl;  // public so the connection class in server.cpp can reach it

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigie::web
