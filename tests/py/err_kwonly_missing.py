# uncaught TypeError for a missing keyword-only argument in a method call
class Client:
    def fetch(self, url, *, timeout, retries=3):
        return f"{url} timeout={timeout} retries={retries}"
c = Client()
print(c.fetch("a", timeout=5))
print(c.fetch("b", timeout=1, retries=0))
print(c.fetch("c"))
