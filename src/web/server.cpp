#include "web/server.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace vigie::web {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Request ToRequest(const http::request<http::string_body>& in, const std::string& remote) {
  Request r;
  r.method = std::string(in.method_string().data(), in.method_string().size());
  const std::string_view target(in.target().data(), in.target().size());
  const auto q = target.find('?');
  r.path = UrlDecode(target.substr(0, q), false);
  if (q != std::string_view::npos) r.query_string = std::string(target.substr(q + 1));
  for (const auto& field : in) {
    auto name = ToLower(std::string_view(field.name_string().data(), field.name_string().size()));
    auto [it, inserted] = r.headers.emplace(name, std::string(field.value().data(), field.value().size()));
    if (!inserted) it->second += ", " + std::string(field.value().data(), field.value().size());
  }
  r.body = in.body();
  r.remote_address = remote;
  return r;
}

http::response<http::string_body> ToBeast(const Response& in, unsigned version, bool keep_alive,
                                          bool head) {
  http::response<http::string_body> out{static_cast<http::status>(in.status), version};
  for (const auto& [name, value] : in.headers) out.insert(name, value);
  out.keep_alive(keep_alive);
  if (head) {
    out.content_length(in.body.size());
  } else {
    out.body() = in.body;
    out.prepare_payload();
  }
  return out;
}

}  // namespace

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
  ServerSettings settings;
  RequestHandler handler;
  ErrorResponder on_error;
  asio::io_context ioc;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
  tcp::acceptor acceptor{ioc};
  asio::thread_pool workers;
  std::vector<std::thread> io_threads;
  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};

  Impl(ServerSettings s, RequestHandler h, ErrorResponder e)
      : settings(std::move(s)), handler(std::move(h)), on_error(std::move(e)),
        workers(static_cast<std::size_t>(std::max(1, settings.worker_threads))) {}

  void Accept();
};

namespace {

// One connection: read a request, run the handler on the worker pool, write the
// response, repeat while keep-alive.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, HttpServer::Impl& server)
      : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    remote_ = ec ? std::string() : endpoint.address().to_string();
  }

  void Start() { ReadNext(true); }

 private:
  void ReadNext(bool first) {
    parser_.emplace();
    parser_->body_limit(server_.settings.max_body_bytes);
    parser_->header_limit(static_cast<std::uint32_t>(server_.settings.max_header_bytes));
    // A new request must start within the idle timeout and be complete within the
    // read timeout; we cannot tell the two apart before the first byte, so the
    // first deadline is the shorter of the two for the first request.
    stream_.expires_after(first ? server_.settings.read_timeout : server_.settings.idle_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Connection::OnHeader, shared_from_this()));
  }

  void OnHeader(beast::error_code ec, std::size_t) {
    if (ec) return OnReadError(ec);
    stream_.expires_after(server_.settings.read_timeout);
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Connection::OnRead, shared_from_this()));
  }

  void OnReadError(beast::error_code ec) {
    int status = 0;
    if (ec == http::error::body_limit) status = 413;
    if (ec == http::error::header_limit) status = 431;
    if (ec == http::error::bad_method || ec == http::error::bad_target ||
        ec == http::error::bad_version || ec == http::error::bad_field ||
        ec == http::error::bad_value || ec == http::error::bad_content_length ||
        ec == http::error::bad_chunk || ec == http::error::bad_line_ending) {
      status = 400;
    }
    if (status == 0) {
      Close();
      return;
    }
    Request partial;
    if (parser_ && parser_->is_header_done()) partial = ToRequest(parser_->get(), remote_);
    Send(server_.on_error(status, partial), 11, false, false);
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec) return OnReadError(ec);
    auto self = shared_from_this();
    request_ = parser_->release();
    ++server_.in_flight;
    asio::post(server_.workers, [self] {
      Request req = ToRequest(self->request_, self->remote_);
      Response res = self->server_.handler(req);
      asio::post(self->stream_.get_executor(), [self, res = std::move(res)] {
        const bool keep = self->request_.keep_alive() && !self->server_.stopping;
        self->Send(res, self->request_.version(), keep, self->request_.method() == http::verb::head);
        --self->server_.in_flight;
      });
    });
  }

  void Send(const Response& res, unsigned version, bool keep_alive, bool head) {
    response_ = ToBeast(res, version, keep_alive, head);
    stream_.expires_after(std::chrono::seconds(30));
    http::async_write(stream_, response_,
                      beast::bind_front_handler(&Connection::OnWrite, shared_from_this(), keep_alive));
  }

  void OnWrite(bool keep_alive, beast::error_code ec, std::size_t) {
    if (ec || !keep_alive) return Close();
    ReadNext(false);
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  beast::tcp_stream stream_;
  HttpServer::Impl& server_;
  std::string remote_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::request<http::string_body> request_;
  http::response<http::string_body> response_;
};

}  // namespace

void HttpServer::Impl::Accept() {
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (!acceptor.is_open()) return;
    } else {
      socket.set_option(tcp::no_delay(true), ec);
      std::make_shared<Connection>(std::move(socket), *this)->Start();
    }
    Accept();
  });
}

HttpServer::HttpServer(ServerSettings settings, RequestHandler handler, ErrorResponder on_error)
    : impl_(std::make_unique<Impl>(std::move(settings), std::move(handler), std::move(on_error))) {}

HttpServer::~HttpServer() { Stop(std::chrono::seconds(1)); }

unsigned short HttpServer::Start() {
  beast::error_code ec;
  const auto address = asio::ip::make_address(impl_->settings.host, ec);
  if (ec) throw std::runtime_error("Adresse d'écoute invalide : " + impl_->settings.host);
  const tcp::endpoint endpoint{address, impl_->settings.port};
  impl_->acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl_->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) impl_->acceptor.bind(endpoint, ec);
  if (!ec) impl_->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    throw std::runtime_error("Impossible d'écouter sur " + impl_->settings.host + ":" +
                             std::to_string(impl_->settings.port) + " : " + ec.message());
  }
  impl_->work.emplace(impl_->ioc.get_executor());
  impl_->Accept();
  for (int i = 0; i < std::max(1, impl_->settings.io_threads); ++i) {
    impl_->io_threads.emplace_back([this] { impl_->ioc.run(); });
  }
  return impl_->acceptor.local_endpoint().port();
}

void HttpServer::Stop(std::chrono::seconds grace) {
  if (!impl_ || impl_->io_threads.empty()) return;
  impl_->stopping = true;
  asio::post(impl_->ioc, [this] {
    beast::error_code ignored;
    impl_->acceptor.close(ignored);
  });
  const auto deadline = std::chrono::steady_clock::now() + grace;
  while (impl_->in_flight > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  impl_->work.reset();
  impl_->ioc.stop();
  for (auto& t : impl_->io_threads) t.join();
  impl_->io_threads.clear();
  impl_->workers.join();
}

}  // namespace vigie::web
