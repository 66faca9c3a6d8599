# classic program: bank accounts with validation, custom exceptions, history, transfers, class-level bookkeeping
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance
class Account:
    _next_number = 1000
    interest_rate = 0.01
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("opening balance must be non-negative")
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = [("open", balance)]
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def add_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance = round(self.balance + gained, 2)
        self.history.append(("interest", gained))
    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance})"
class Savings(Account):
    interest_rate = 0.05
    withdrawals_allowed = 2
    def withdraw(self, amount):
        used = sum(1 for kind, _ in self.history if kind == "withdraw")
        if used >= self.withdrawals_allowed:
            raise PermissionError(f"only {self.withdrawals_allowed} withdrawals allowed")
        return super().withdraw(amount)
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e, "| short by", e.shortfall)
        return False
    dst.deposit(amount)
    return True
alice = Account("alice", 100)
bob = Savings("bob", 500)
print(alice, bob)
alice.deposit(50).withdraw(30)
print(transfer(alice, bob, 200), transfer(bob, alice, 200), alice, bob)
for acct in (alice, bob):
    acct.add_interest()
print(alice, bob)
bob.withdraw(10)
try:
    bob.withdraw(1)
except PermissionError as e:
    print("PermissionError:", e)
for bad in (lambda: alice.deposit(-5), lambda: Account("x", -1), lambda: alice.withdraw(10**6)):
    try:
        bad()
    except (ValueError, InsufficientFunds) as e:
        print(type(e).__name__ + ":", e)
for acct in (alice, bob):
    print(acct.owner, acct.history)
    print("  replayed balance:", round(sum(a if k in ("open", "deposit", "interest") else -a for k, a in acct.history), 2))
print(sorted([alice, bob], key=lambda a: -a.balance), Account._next_number, isinstance(bob, Account))
