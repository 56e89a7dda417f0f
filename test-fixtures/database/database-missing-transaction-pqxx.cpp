// real-headers: yes
#include <pqxx/pqxx>
#include <string>

namespace billing {

// nontransaction: every statement commits on its own.
void refund(pqxx::connection &Conn, int Invoice, int Cents) {
  pqxx::nontransaction Tx{Conn};
  Tx.exec_params("UPDATE invoices SET refunded = refunded + $1 WHERE id = $2", Cents, Invoice);
  // expect: database-missing-transaction
  Tx.exec_params("INSERT INTO ledger (invoice_id, cents) VALUES ($1, $2)", Invoice, -Cents);
}

void closePeriod(pqxx::connection &Conn) {
  pqxx::nontransaction Tx{Conn};
  Tx.exec0("DELETE FROM draft_invoices WHERE period = 'current'");
  // expect: database-missing-transaction
  Tx.exec0("UPDATE periods SET closed = true WHERE name = 'current'");
}

// Near miss: pqxx::work is a real transaction.
void refundAtomically(pqxx::connection &Conn, int Invoice, int Cents) {
  pqxx::work Tx{Conn};
  Tx.exec_params("UPDATE invoices SET refunded = refunded + $1 WHERE id = $2", Cents, Invoice);
  // ok: database-missing-transaction
  Tx.exec_params("INSERT INTO ledger (invoice_id, cents) VALUES ($1, $2)", Invoice, -Cents);
  Tx.commit();
}

// Near miss: the caller owns the transaction.
void appendLedger(pqxx::transaction_base &Tx, int Invoice, int Cents) {
  Tx.exec_params("INSERT INTO ledger (invoice_id, cents) VALUES ($1, $2)", Invoice, Cents);
  // ok: database-missing-transaction
  Tx.exec_params("UPDATE invoices SET balance = balance - $1 WHERE id = $2", Cents, Invoice);
}

// Near miss: reads and one write outside a transaction.
int markPaid(pqxx::connection &Conn, int Invoice) {
  pqxx::nontransaction Tx{Conn};
  pqxx::result Open = Tx.exec_params("SELECT id FROM invoices WHERE id = $1 AND paid = false",
                                     Invoice);
  if (Open.empty())
    return 0;
  // ok: database-missing-transaction
  Tx.exec_params("UPDATE invoices SET paid = true WHERE id = $1", Invoice);
  return Open[0][0].as<int>();
}

} // namespace billing
